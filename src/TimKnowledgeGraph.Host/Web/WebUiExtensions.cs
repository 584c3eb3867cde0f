using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using TimKnowledgeGraph.Host.Web.Console;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Graph;
using TimKnowledgeGraph.Host.Web.Hosting;

namespace TimKnowledgeGraph.Host.Web;

/// <summary>
/// The browser UI: server-rendered Razor Pages for navigating the literature review, embedded CSS/JS assets, the
/// graph-view JSON and strict security headers. Pages read without JavaScript; scripts only enhance.
/// </summary>
internal static class WebUiExtensions
{
    /// <summary>Registers the pages and the services they read the graph through.</summary>
    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Web/Pages")
            .ConfigureApplicationPartManager(AddThisAssembly);
        // Razor encodes every non-ASCII letter as an entity by default; notes are full of them (ø, –, “”). Markup
        // characters (< > & " ') are still always encoded.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddScoped<WebGraph>();
        builder.Services.AddSingleton<DatasetAnalysisCache>();
        builder.Services.AddSingleton<PageCache>();
        builder.Services.AddSingleton<ContentVersion>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<PageWarmUp>();
        builder.Services.AddScoped<IConsoleRunner, ReadOnlyConsoleRunner>();
        return builder;
    }

    // Pages are found in the application's entry assembly; when another program hosts the app (tests), that is not
    // timkg, so the pages' assembly is added explicitly, once.
    private static void AddThisAssembly(ApplicationPartManager manager)
    {
        var assembly = typeof(WebUiExtensions).Assembly;
        if (manager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly)) return;
        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
            manager.ApplicationParts.Add(part);
    }

    /// <summary>Adds the security headers to every response and maps the pages, assets and graph data.</summary>
    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<PageCacheMiddleware>();
        app.MapEmbeddedAssets();
        app.MapGraphData();
        app.MapRazorPages();
        return app;
    }
}
