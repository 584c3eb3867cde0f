using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TimKnowledgeGraph.Host.Cli;
using TimKnowledgeGraph.Host.Hosting;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>
/// The CLI's log filter hides the host's "Hosting failed to start" trace (the CLI reports those failures as one line),
/// but not the host stopping because a background service threw: the filter hid that too, and the host on :5180 stopped
/// at every start without a word. <c>serve</c> then exits with <see cref="ExitCodes.InternalError"/>, not 0.
/// </summary>
public sealed class HostFailureLogTests
{
    private const string StoppingHost = "A BackgroundService has thrown an unhandled exception, and the IHost instance is stopping";

    [Theory]
    [InlineData(false)] // serve
    [InlineData(true)] // one-shot commands, logging to stderr
    public async Task A_background_service_that_stops_the_host_is_logged_and_found(bool toStandardError)
    {
        var log = new RecordingLoggerProvider();
        using var host = Build(toStandardError, log, services => services.AddHostedService<ThrowingService>());
        var background = new BackgroundFailure(host.Services); // before RunAsync, which disposes the services

        await host.RunAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        Assert.Contains(log.Snapshot(), m => m.Contains(StoppingHost, StringComparison.Ordinal));
        Assert.Equal(ThrowingService.Message, Assert.IsType<FormatException>(background.Failure).Message);
    }

    [Fact]
    public async Task A_start_up_failure_is_left_to_the_CLI_to_report()
    {
        var log = new RecordingLoggerProvider();
        using var host = Build(false, log, services => services.AddHostedService<FailingStart>());

        await Assert.ThrowsAsync<FormatException>(() => host.RunAsync(TestContext.Current.CancellationToken));

        Assert.DoesNotContain(log.Snapshot(), m => m.Contains("Hosting failed to start", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_host_stopped_from_outside_has_no_failure()
    {
        using var host = Build(false, new RecordingLoggerProvider(), services => services.AddHostedService<IdleService>());
        var background = new BackgroundFailure(host.Services);
        await host.StartAsync(TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.Null(background.Failure);
    }

    private static IHost Build(bool toStandardError, RecordingLoggerProvider log, Action<IServiceCollection> services)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.UseTimKgLogging(toStandardError);
        builder.Logging.AddProvider(log);
        services(builder.Services);
        return builder.Build();
    }

    private sealed class ThrowingService : BackgroundService
    {
        public const string Message = "a bug in a background service";

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Delay(50, stoppingToken);
            throw new FormatException(Message);
        }
    }

    private sealed class IdleService : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Delay(Timeout.Infinite, stoppingToken);
    }

    private sealed class FailingStart : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => throw new FormatException("start");

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
