using Microsoft.Extensions.Options;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Protocol.Connector;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// Runs one turn: one at a time per conversation, state loaded, the bot run, state saved (optimistic concurrency),
/// and only then the replies delivered in order. A typing indicator goes out if the answer takes noticeable time.
/// When the store is unavailable the turn still runs (programme questions need no state) and says plainly that
/// nothing was saved.
/// </summary>
public sealed class TurnPipeline(IBot bot, IBotStore store, ConversationLocks locks, IOptions<ProtocolOptions> options, ILogger<TurnPipeline> logger)
{
    public const string ConversationKind = "conversation-state";
    public const string UserKind = "user-state";

    public const string TooLongText = "Maaf, pesan Anda terlalu panjang untuk saya proses (maksimal {0} karakter). Silakan kirim pertanyaan yang lebih singkat.";
    public const string NotSavedText =
        "Catatan: penyimpanan data bot sedang tidak dapat dihubungi, jadi **tidak ada yang tersimpan** dari pesan ini " +
        "(termasuk jawaban checklist dan posisi percakapan). Pertanyaan tentang program tetap bisa saya jawab; " +
        "silakan ulangi pembaruan status nanti.";

    public async Task RunAsync(TurnContext turn, TimeSpan typingDelay, CancellationToken cancellationToken)
    {
        var conversationKey = $"{turn.ChannelId}:{turn.ConversationId}";
        using var span = TurnTelemetry.StartTurn(turn.ChannelId, turn.Activity.Type ?? "");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var _ = await locks.AcquireAsync(conversationKey, cancellationToken);

        // The limit applies to the text the bot actually reads (a card's value.text included), whatever the channel.
        if (turn.Text.Length > options.Value.MaxTextChars)
        {
            turn.Send(Replies.Text(string.Format(System.Globalization.CultureInfo.InvariantCulture, TooLongText, options.Value.MaxTextChars)));
            await turn.FlushAsync(cancellationToken);
            return;
        }

        var storeAvailable = true;
        try
        {
            turn.ConversationState = await LoadAsync(ConversationKind, conversationKey, cancellationToken);
            turn.UserState = await LoadAsync(UserKind, turn.User.StateKey, cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning(e, "State not loaded: store unavailable");
            storeAvailable = false;
        }

        // No timer at all where the indicator cannot be delivered (a timer and linked token per turn add up).
        using var typingCancel = turn.CanShowTyping ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        var typing = typingCancel is null ? Task.CompletedTask : SendTypingWhenSlowAsync(turn, typingDelay, typingCancel.Token, cancellationToken);
        var failed = false;
        try
        {
            await bot.OnTurnAsync(turn, cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            // A capability needed the store (a status, a profile): what it said so far may promise a change that is not saved.
            logger.LogWarning(e, "Turn needed the store, which is unavailable");
            turn.ReplaceOutbox(Replies.Text(NotSavedText));
            failed = true;
            storeAvailable = false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // As Bot Builder's OnTurnError: apologise in the user's language rather than fail the channel's request.
            logger.LogError(exception, "Turn failed in {Channel}", LogText.Safe(turn.ChannelId, 32));
            turn.ReplaceOutbox(Replies.Text("Maaf, terjadi kesalahan saat memproses pesan Anda. Silakan coba lagi sebentar lagi."));
            failed = true;
            TurnTelemetry.SetOutcome("failed");
        }
        finally
        {
            if (typingCancel is not null) await typingCancel.CancelAsync();
            await typing;
        }

        try
        {
            // A failed turn keeps the state it started from (no half-done dialog step). Both bags are saved in one
            // transaction (one commit): a conflict on either saves nothing of this turn. Without the loaded state
            // there is nothing safe to save on top of.
            if (!failed && storeAvailable) await SaveAsync(turn, conversationKey, cancellationToken);
        }
        catch (ConcurrencyConflictException conflict)
        {
            logger.LogWarning("State conflict on {Kind}/{Key}", conflict.Kind, LogText.Safe(conflict.Key));
            turn.ReplaceOutbox(Replies.Text("Maaf, percakapan ini baru saja diperbarui dari tempat lain, jadi pesan Anda belum saya proses. Silakan kirim ulang."));
            TurnTelemetry.SetOutcome("conflict");
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning(e, "State not saved: store unavailable");
            storeAvailable = false;
        }

        if (!storeAvailable && !failed) turn.Send(Replies.Text(NotSavedText));
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

    private async Task SaveAsync(TurnContext turn, string conversationKey, CancellationToken ct)
    {
        var changed = new List<(StateBag Bag, DocumentWrite Write)>(2);
        if (turn.UserState.IsChanged)
            changed.Add((turn.UserState, new DocumentWrite(UserKind, turn.User.StateKey, turn.UserState.Snapshot(), turn.UserState.Version)));
        if (turn.ConversationState.IsChanged)
            changed.Add((turn.ConversationState, new DocumentWrite(ConversationKind, conversationKey, turn.ConversationState.Snapshot(), turn.ConversationState.Version)));
        if (changed.Count == 0) return;
        var versions = await store.PutAllAsync(changed.Select(c => c.Write).ToList(), ct);
        for (var i = 0; i < changed.Count; i++) changed[i].Bag.MarkSaved(versions[i]);
    }

    private static async Task SendTypingWhenSlowAsync(TurnContext turn, TimeSpan delay, CancellationToken answered, CancellationToken aborted)
    {
        try
        {
            // Most answers come well before the delay: ending the wait must not cost an exception per turn.
            await Task.Delay(delay, answered).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (answered.IsCancellationRequested) return;
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
