using SmartCity.Bot.Protocol;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// Runs one turn: one at a time per conversation, state loaded, the bot run, state saved (optimistic concurrency),
/// and only then the replies delivered in order. A typing indicator goes out if the answer takes noticeable time.
/// </summary>
public sealed class TurnPipeline(IBot bot, IBotStore store, ConversationLocks locks, ILogger<TurnPipeline> logger)
{
    public const string ConversationKind = "conversation-state";
    public const string UserKind = "user-state";

    public async Task RunAsync(TurnContext turn, TimeSpan typingDelay, CancellationToken cancellationToken)
    {
        var conversationKey = $"{turn.ChannelId}:{turn.ConversationId}";
        using var span = TurnTelemetry.StartTurn(turn.ChannelId, turn.Activity.Type ?? "");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var _ = await locks.AcquireAsync(conversationKey, cancellationToken);

        turn.ConversationState = await LoadAsync(ConversationKind, conversationKey, cancellationToken);
        turn.UserState = await LoadAsync(UserKind, turn.User.StateKey, cancellationToken);

        using var typingCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = SendTypingWhenSlowAsync(turn, typingDelay, typingCancel.Token, cancellationToken);
        var failed = false;
        try
        {
            await bot.OnTurnAsync(turn, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // As Bot Builder's OnTurnError: apologise in the user's language rather than fail the channel's request.
            logger.LogError(exception, "Turn failed in {Channel}", turn.ChannelId);
            turn.ReplaceOutbox(Replies.Text("Maaf, terjadi kesalahan saat memproses pesan Anda. Silakan coba lagi sebentar lagi."));
            failed = true;
            TurnTelemetry.SetOutcome("failed");
        }
        finally
        {
            await typingCancel.CancelAsync();
            await typing;
        }

        try
        {
            // A failed turn keeps the state it started from (no half-done dialog step). The user state goes first:
            // the same person in two conversations is the likelier conflict, and then nothing of this turn is saved.
            if (!failed)
            {
                await SaveAsync(UserKind, turn.User.StateKey, turn.UserState, cancellationToken);
                await SaveAsync(ConversationKind, conversationKey, turn.ConversationState, cancellationToken);
            }
        }
        catch (ConcurrencyConflictException conflict)
        {
            logger.LogWarning("State conflict on {Kind}/{Key}", conflict.Kind, conflict.Key);
            turn.ReplaceOutbox(Replies.Text("Maaf, percakapan ini baru saja diperbarui dari tempat lain, jadi pesan Anda belum saya proses. Silakan kirim ulang."));
            TurnTelemetry.SetOutcome("conflict");
        }

        try
        {
            await turn.FlushAsync(cancellationToken);
        }
        finally
        {
            TurnTelemetry.Record(span, turn.ChannelId, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task<StateBag> LoadAsync(string kind, string key, CancellationToken ct)
    {
        var stored = await store.GetAsync<Dictionary<string, System.Text.Json.JsonElement>>(kind, key, ct);
        return stored is null ? new StateBag() : new StateBag(stored.Value, stored.Version);
    }

    private async Task SaveAsync(string kind, string key, StateBag bag, CancellationToken ct)
    {
        if (!bag.IsChanged) return;
        var version = await store.PutAsync(kind, key, bag.Snapshot(), bag.Version, cancellationToken: ct);
        bag.MarkSaved(version);
    }

    private static async Task SendTypingWhenSlowAsync(TurnContext turn, TimeSpan delay, CancellationToken answered, CancellationToken aborted)
    {
        try
        {
            await Task.Delay(delay, answered);
            // Once started, the indicator is sent in full so it always precedes the answer.
            await turn.SendTypingAsync(aborted);
        }
        catch (OperationCanceledException) { }
        catch (Exception) { /* a lost typing indicator is harmless */ }
    }
}

/// <summary>Serialises turns of one conversation inside this process (replies stay in order).</summary>
public sealed class ConversationLocks
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken ct)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length)];
        await stripe.WaitAsync(ct);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
        }
    }
}
