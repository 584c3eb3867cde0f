using TimKnowledgeGraph.Host.Web.Hosting;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>The page cache's bounds and its version rule, without a host.</summary>
public sealed class PageCacheBoundsTests
{
    [Fact]
    public void ShouldMissWhenThePageWasRenderedAtAnotherVersion()
    {
        var cache = new PageCache();
        cache.Store("/concepts/a", new PageCache.Page("1/x", "text/html", [1, 2, 3]));

        Assert.True(cache.TryGet("/concepts/a", "1/x", out var page));
        Assert.Equal([1, 2, 3], page.Body.Identity);
        Assert.False(cache.TryGet("/concepts/a", "2/x", out _));
    }

    [Fact]
    public void ShouldKeepAtMostTheMaximumNumberOfPagesDroppingTheLeastRecentlyUsed()
    {
        var cache = new PageCache();
        cache.Store("/kept", new PageCache.Page("v", "text/html", [0]));
        for (var i = 0; i < PageCache.MaxEntries * 3; i++)
        {
            cache.Store($"/concepts/{i}", new PageCache.Page("v", "text/html", [1]));
            cache.TryGet("/kept", "v", out _); // used all the time: never the least recently used
        }

        Assert.InRange(cache.Count, 1, PageCache.MaxEntries);
        Assert.True(cache.TryGet("/kept", "v", out _));
    }

    [Fact]
    public void ShouldNotKeepAPageLargerThanTheLimitAndBoundTheTotalSize()
    {
        var cache = new PageCache();
        cache.Store("/huge", new PageCache.Page("v", "text/html", new byte[PageCache.MaxPageBytes + 1]));
        Assert.False(cache.TryGet("/huge", "v", out _));

        for (var i = 0; i < 100; i++) cache.Store($"/big/{i}", new PageCache.Page("v", "text/html", new byte[PageCache.MaxPageBytes]));

        Assert.True(cache.Count * PageCache.MaxPageBytes <= PageCache.MaxTotalBytes + PageCache.MaxPageBytes);
    }
}
