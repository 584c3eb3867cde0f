using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TimKnowledgeGraph.Neo4j.Configuration;

/// <summary>Binding of the options classes to their configuration sections.</summary>
public static class ConfigurationBinding
{
    /// <summary>
    /// <c>BindConfiguration</c>, except that a value the binder cannot convert (<c>--Neo4j:Local:HttpPort abc</c>,
    /// <c>Import__Writers=two</c>) fails as validation does: an <see cref="OptionsValidationException"/>, which the CLI
    /// reports as one line "invalid configuration" (exit 1). The binder's own InvalidOperationException was a stack trace.
    /// </summary>
    public static OptionsBuilder<T> BindConfigurationOrRefuse<T>(this OptionsBuilder<T> builder, string section) where T : class
    {
        builder.Configure<IConfiguration>((options, configuration) =>
        {
            try
            {
                configuration.GetSection(section).Bind(options);
            }
            catch (InvalidOperationException e)
            {
                // e.g. "Failed to convert configuration value 'abc' at 'Neo4j:Local:HttpPort' to type 'System.Int32'."
                throw new OptionsValidationException(builder.Name, typeof(T), [e.Message]);
            }
        });
        // As BindConfiguration: options monitors see a changed configuration.
        builder.Services.AddSingleton<IOptionsChangeTokenSource<T>>(sp =>
            new ConfigurationChangeTokenSource<T>(builder.Name, sp.GetRequiredService<IConfiguration>().GetSection(section)));
        return builder;
    }
}
