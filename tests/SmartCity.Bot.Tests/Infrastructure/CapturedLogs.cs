using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SmartCity.Bot.Tests.Infrastructure;

/// <summary>The bot's log lines as the console would print them ("level: category: message"), kept for assertions.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToList();

    /// <summary>Everything logged, as one text (what an operator's log file would hold).</summary>
    public string Text => string.Join("\n", _lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue($"{logLevel}: {category}: {formatter(state, exception)}");
    }
}
