using Microsoft.Playwright;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>
/// One Playwright driver and headless Chromium for a test class, started on first use. Pages record console errors
/// (a Content-Security-Policy violation is one) and dialogs, and screenshots go to artifacts/screenshots/ at the
/// repository root (git-ignored).
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where screenshots are saved.</summary>
    public static string Screenshots { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    /// <summary>A new page in a fresh context (own cookies and downloads) with JavaScript on or off.</summary>
    public async Task<BrowserPage> NewPageAsync(Uri baseUrl, bool javaScript = true)
    {
        if (_browser is null)
        {
            // Expect(...) waits 5 s by default: a page on a loaded machine (Neo4j, other test classes and Chromium on two
            // cores) can take longer to show what it will show. These tests check what appears, not how fast.
            Assertions.SetDefaultExpectTimeout((float)Eventually.Patience.TotalMilliseconds);
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Chromium.ExecutablePath,
                Args = Chromium.Args,
            });
        }
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = baseUrl.ToString(),
            AcceptDownloads = true,
            JavaScriptEnabled = javaScript,
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        return await BrowserPage.OpenAsync(context);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>A page with what it saw: console errors and dialogs.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") ConsoleErrors.Add(message.Text); };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
        page.Dialog += async (_, dialog) =>
        {
            Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions, e.g. "Refused to execute inline script ..." from the CSP.</summary>
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>alert/confirm/prompt dialogs that opened.</summary>
    public List<string> Dialogs { get; } = [];

    public static async Task<BrowserPage> OpenAsync(IBrowserContext context) => new(context, await context.NewPageAsync());

    /// <summary>Saves a full-page screenshot as artifacts/screenshots/<paramref name="name"/>.png.</summary>
    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(BrowserSession.Screenshots);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, name + ".png"), FullPage = true });
    }

    /// <summary>Saves a screenshot of one part of the page (a section is easier to judge than a whole long page).</summary>
    public async Task ScreenshotAsync(string name, ILocator part)
    {
        Directory.CreateDirectory(BrowserSession.Screenshots);
        await part.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, name + ".png") });
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
