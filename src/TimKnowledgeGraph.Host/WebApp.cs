using TimKnowledgeGraph.Graph;
using TimKnowledgeGraph.Host.Api;
using TimKnowledgeGraph.Host.Hosting;
using TimKnowledgeGraph.Host.Web;

namespace TimKnowledgeGraph.Host;

/// <summary>The web host: graph services, the content loader, the HTTP API and the web UI.</summary>
public static class WebApp
{
    /// <summary>Where the host listens unless <c>--urls</c> or <c>ASPNETCORE_URLS</c> says otherwise: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5180";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        builder.UseTimKgLogging(toStandardError: false);
        builder.AddGraph();
        builder.AddContentLoading();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<Neo4jExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.AddWebUi();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapHealthEndpoints();
        app.MapQueryEndpoints();
        app.MapConceptEndpoints();
        app.MapReadingListEndpoints();
        app.MapNetworkEndpoints();
        app.MapExportEndpoints();
        app.MapCypherEndpoints();
        app.MapWebUi();
        return app;
    }
}
