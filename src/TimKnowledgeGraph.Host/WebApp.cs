using TimKnowledgeGraph.Graph;
using TimKnowledgeGraph.Graph.Hosting;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Api;
using TimKnowledgeGraph.Host.Hosting;
using TimKnowledgeGraph.Host.Web;
using TimKnowledgeGraph.Host.Web.Hosting;

namespace TimKnowledgeGraph.Host;

/// <summary>The web host: graph services, the content loader, the HTTP API and the web UI.</summary>
internal static class WebApp
{
    /// <summary>Where the host listens unless <c>--urls</c> or <c>ASPNETCORE_URLS</c> says otherwise: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5180";

    /// <summary>The Host names served unless <c>AllowedHosts</c> says otherwise (any port; ';'-separated like that option).</summary>
    public const string LoopbackHosts = "localhost;127.0.0.1;[::1]";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        builder.RaiseKestrelRequestLimits(); // a too long address or too large headers are answered with a body (RequestLimits)
        // ASP.NET Core's host filtering reads AllowedHosts; without it any Host header is served, which lets a page
        // on another site reach this API through DNS rebinding. Loopback names only, unless configured.
        if (string.IsNullOrEmpty(builder.Configuration["AllowedHosts"])) builder.Configuration["AllowedHosts"] = LoopbackHosts;
        builder.UseTimKgLogging(toStandardError: false);
        builder.AddGraph();
        builder.AddContentLoading();
        builder.Services.AddHostedService<SearchIndexHostedService>(); // after the initial load (hosted services start in order)
        builder.Services.AddApiUseCases();
        builder.Services.AddSingleton<IProblemDetailsWriter, ApiProblemDetailsWriter>(); // before the default writer
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = MissingDetail.Fill); // every 4xx says what was wrong
        // A value that cannot bind (top=abc, a body that is not JSON) throws, so the answer says which parameter and
        // why (MissingDetail, from the exception) instead of a bare 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<Neo4jExceptionHandler>();
        builder.Services.AddExceptionHandler<UnhandledExceptionHandler>();
        builder.Services.AddHostedService<ResyncAfterRestartService>();
        builder.Services.AddHostedService<MeasureRefreshService>();
        builder.Services.AddHostedService<ProjectionWarmService>(); // large datasets' projections, so no first request waits for one
        builder.Services.AddOpenApi();
        builder.AddWebUi();
        configure?.Invoke(builder);
        // A page's typed rows must name columns their queries declare: a renamed column stops start-up here, naming
        // the .cypher file and line, instead of breaking a page at run time.
        RowBinder.CheckAll(QueryCatalog.Embedded, typeof(WebApp).Assembly);
        RowBinder.CheckAll(QueryCatalog.Embedded, typeof(RowBinder).Assembly);

        var app = builder.Build();
        app.UseErrorPages();
        app.UseSingleValuedApiParameters();
        app.MapOpenApi();
        app.MapHealthEndpoints();
        app.MapQueryEndpoints();
        app.MapSearchEndpoints();
        app.MapConceptEndpoints();
        app.MapReadingListEndpoints();
        app.MapReferenceEndpoints();
        app.MapNetworkEndpoints();
        app.MapExportEndpoints();
        app.MapCypherEndpoints();
        app.MapWebUi();
        return app;
    }
}
