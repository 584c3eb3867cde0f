using TimKnowledgeGraph.Host.Web.Console;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Graph;
using TimKnowledgeGraph.Host.Web.Hosting;

namespace TimKnowledgeGraph.Host.Web;

/// <summary>
/// The browser UI: server-rendered Razor Pages for navigating the literature review, embedded CSS/JS assets, the
/// graph-view JSON and strict security headers. Pages read without JavaScript; scripts only enhance.
/// </summary>
public static class WebUiExtensions
{
    /// <summary>Registers the pages and the services they read the graph through.</summary>
    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Web/Pages");
        builder.Services.AddSingleton(WebQueryCatalog.Embedded);
        builder.Services.AddScoped<WebGraph>();
        builder.Services.AddScoped<IConsoleRunner, ReadOnlyConsoleRunner>();
        return builder;
    }

    /// <summary>Adds the security headers to every response and maps the pages, assets and graph data.</summary>
    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.MapEmbeddedAssets();
        app.MapGraphData();
        app.MapRazorPages();
        return app;
    }
}
