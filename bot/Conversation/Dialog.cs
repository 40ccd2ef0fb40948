using System.Text.Json;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>What a dialog did with a message.</summary>
public enum DialogResult
{
    /// <summary>Answered, and waits for the user's next message (stays on the stack).</summary>
    Waiting,

    /// <summary>Answered and done (leaves the stack; the dialog below resumes).</summary>
    Complete,

    /// <summary>Answered; stays on top for a follow-up ("yang kota", "kalau 2019?"), while the dialog below resumes
    /// now. A message that is no follow-up should make <see cref="IDialog.ContinueAsync"/> return Abandoned.</summary>
    Listening,

    /// <summary>Not for this dialog: another dialog answers it, then this one resumes (an interruption).</summary>
    NotHandled,

    /// <summary>Not for this dialog, and the dialog is over: it leaves the stack and another dialog answers.</summary>
    Abandoned,
}

/// <summary>
/// A conversation flow. The router begins it when the recognizer's top intent is one of <see cref="Intents"/>; while
/// it waits (on top of the stack) every message goes to <see cref="ContinueAsync"/> first. Register it next to its
/// code with <c>services.AddDialog&lt;T&gt;()</c>.
/// </summary>
public interface IDialog
{
    /// <summary>A stable id (kept in conversation state).</summary>
    string Id { get; }

    /// <summary>The intents (names in knowledge/understanding/*.lu) that begin this dialog.</summary>
    IReadOnlyCollection<string> Intents { get; }

    /// <summary>A short Indonesian label for the button offered when two intents score close ("Cek status daerah").</summary>
    string? Label => null;

    /// <summary>
    /// True when the dialog answers about a place, so a next message that is only another place ("kalau Kota X?")
    /// asks the same about it (the router carries the topic over).
    /// </summary>
    bool AnswersAboutPlace => false;

    /// <summary>
    /// True when the dialog's answer leaves a topic for the documents (knowledge.topic), as the documents' own answers
    /// do: a next message naming nothing ("itu kapan ya?") continues it there rather than being read on its own.
    /// </summary>
    bool LeavesDocumentTopic => false;

    /// <summary>
    /// False when the dialog would hand this message on anyway (it names nothing the dialog needs): such a dialog is
    /// not offered as one side of a near tie, the other intent is taken. Checked before <see cref="BeginAsync"/>.
    /// </summary>
    bool Takes(DialogContext dialog) => true;

    /// <summary>
    /// True when the dialog, waiting in <paramref name="frame"/>, asked a question an answer word takes ("sudah", "belum"):
    /// such a word opening a message that then asks something is the answer, and the question is asked after it.
    /// </summary>
    bool AwaitsAnswerWord(DialogFrame frame) => false;

    /// <summary>Starts on one of <see cref="Intents"/>. Returning <see cref="DialogResult.Abandoned"/> (or NotHandled) hands the
    /// message to the fallback dialog after all (e.g. a deadline of a past year is a question for the documents).</summary>
    Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken cancellationToken);

    /// <summary>The next message while this dialog waits. Default: a one-shot dialog never waits.</summary>
    Task<DialogResult> ContinueAsync(DialogContext dialog, CancellationToken cancellationToken) => Task.FromResult(DialogResult.Abandoned);

    /// <summary>After an interruption was answered: pick up again (e.g. repeat the pending question).</summary>
    Task ResumeAsync(DialogContext dialog, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>One dialog on the stack and its own state.</summary>
public sealed record DialogFrame(string Id, JsonElement? State = null);

/// <summary>
/// The turn as a dialog sees it: the turn, what the recognizer understood, the conversation memory, and the state of
/// the dialog being run (its frame on the stack).
/// </summary>
public sealed class DialogContext(ITurn turn, Recognition recognition, ConversationMemory memory, DialogStack stack)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ITurn Turn { get; } = turn;
    public Recognition Recognition { get; internal set; } = recognition;
    public ConversationMemory Memory { get; } = memory;
    public DialogStack Stack { get; } = stack;
    public string Text => Turn.Text;

    /// <summary>What the message asks, without a self-introduction before it and with places masked ("xregion").</summary>
    public string Request => Recognition.Entities.Request ?? Recognition.Entities.Regions.Masked;

    /// <summary>
    /// The intent the running dialog was begun for: the top intent, or the runner-up the router handed the message to
    /// when the top intent's dialog had nothing to do with it ("batal saja, pengingatnya dimatikan" with nothing to cancel).
    /// A dialog of several intents reads this, not the recognizer's top intent. While a waiting dialog continues, it is
    /// the dialog's own intent (the top intent when it is one of them): what the recognizer read is <see cref="Recognition"/>'s.
    /// </summary>
    public string Intent => HandedIntent ?? Recognition.TopIntent;

    /// <summary>The runner-up intent the router handed the running dialog, if any (set by the router).</summary>
    internal string? HandedIntent { get; set; }

    /// <summary>The id of the dialog now running (set by the router).</summary>
    public string? ActiveId { get; internal set; }

    /// <summary>The running dialog's state (null before it was first set).</summary>
    public T? State<T>() where T : class =>
        Stack.Find(ActiveId) is { State: { } element } ? element.Deserialize<T>(Json) : null;

    /// <summary>Saves the running dialog's state; kept while the dialog is on the stack.</summary>
    public void SetState<T>(T state) => Stack.SetState(ActiveId ?? throw new InvalidOperationException("no dialog is running"),
        JsonSerializer.SerializeToElement(state, Json));
}

/// <summary>The dialog stack, kept in conversation state so a flow survives a restart.</summary>
public sealed class DialogStack(StateBag conversation)
{
    public const string StateKey = "dialog.stack";
    private List<DialogFrame> _frames = conversation.Get<List<DialogFrame>>(StateKey) ?? [];

    public IReadOnlyList<DialogFrame> Frames => _frames;

    public DialogFrame? Top => _frames.Count > 0 ? _frames[^1] : null;

    public DialogFrame? Find(string? id) => _frames.LastOrDefault(f => f.Id == id);

    public void Push(string id)
    {
        _frames.RemoveAll(f => f.Id == id); // one instance of a dialog: beginning it again starts it over
        _frames.Add(new DialogFrame(id));
        Save();
    }

    /// <summary>Puts the dialog on top, keeping its state (adds it when missing).</summary>
    public void MoveToTop(string id)
    {
        var frame = Find(id) ?? new DialogFrame(id);
        _frames.RemoveAll(f => f.Id == id);
        _frames.Add(frame);
        Save();
    }

    public void Remove(string id)
    {
        if (_frames.RemoveAll(f => f.Id == id) > 0) Save();
    }

    public void Clear()
    {
        if (_frames.Count == 0) return;
        _frames = [];
        Save();
    }

    internal void SetState(string id, JsonElement state)
    {
        var index = _frames.FindLastIndex(f => f.Id == id);
        if (index < 0)
        {
            _frames.Add(new DialogFrame(id, state));
        }
        else _frames[index] = _frames[index] with { State = state };
        Save();
    }

    private void Save()
    {
        if (_frames.Count == 0) conversation.Remove(StateKey);
        else conversation.Set(StateKey, _frames);
    }
}
