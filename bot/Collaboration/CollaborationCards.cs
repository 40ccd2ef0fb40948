using System.Text;
using System.Text.Json.Nodes;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Timeline;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Collaboration;

/// <summary>
/// The request form, its summary, officers' notifications and lists as Adaptive Cards 1.5, each with a plain-text
/// fallback. Whatever a requester typed goes into TextRuns of RichTextBlocks and plain-format text, which no host
/// renders as markdown or HTML — so "**" or "&lt;a&gt;" from a requester appear as typed in an officer's card.
/// </summary>
public sealed class CollaborationCards(Microsoft.Extensions.Options.IOptions<CollaborationOptions> options)
{
    public const string ActionKey = "collab";
    /// <summary>Intents the buttons name (see DialogRouter.CardIntentKey): the requester's flow and the officers' actions.</summary>
    public const string RequesterIntent = IntentNames.Collaboration, OfficerIntent = "CollaborationOfficer";
    private CollaborationOptions Limits => options.Value;

    public Activity Form(string regionName, IReadOnlyList<string> pillars, RequestDraft draft, IReadOnlyList<string> errors, string channelId)
    {
        var body = new JsonArray
        {
            Heading($"Ajukan kolaborasi dengan {regionName}"),
            Text("Isi formulir ini, lalu tekan **Lanjut** untuk melihat ringkasannya sebelum dikirim. " +
                 $"Kontak Anda hanya dibagikan kepada petugas smart city {regionName} dan staf program setelah Anda menyetujuinya, " +
                 $"dan dihapus setelah {Limits.RetentionDays} hari.", subtle: true),
        };
        if (errors.Count > 0) body.Add(new JsonObject
        {
            ["type"] = "TextBlock", ["wrap"] = true, ["color"] = "Attention", ["text"] = string.Join("\n", errors.Select(e => "- " + e)),
        });
        body.Add(Input("name", "Nama", draft.Name, Limits.MaxNameChars, "Nama lengkap Anda"));
        body.Add(Input("organisation", "Organisasi / instansi / perusahaan", draft.Organisation, Limits.MaxOrganisationChars, "mis. PT Contoh Digital, komunitas, kampus"));
        body.Add(Input("contact", "Kontak: e-mail atau nomor telepon", draft.Contact, RequestValidation.MaxContactChars, "nama@contoh.id atau 0812…"));
        var choices = new JsonArray();
        foreach (var pillar in pillars) choices.Add(new JsonObject { ["title"] = pillar, ["value"] = pillar });
        body.Add(new JsonObject
        {
            ["type"] = "Input.ChoiceSet", ["id"] = "topic", ["label"] = "Topik (pilar smart city)", ["isRequired"] = true,
            ["errorMessage"] = "Pilih salah satu pilar", ["style"] = "compact", ["choices"] = choices, ["value"] = draft.Topic ?? pillars[0],
        });
        var message = Input("message", "Pesan", draft.Message, Limits.MaxMessageChars, "Apa yang ingin Anda tawarkan atau tanyakan?");
        message["isMultiline"] = true;
        body.Add(message);
        var actions = new JsonArray
        {
            Submit("Lanjut", Requester("form")),
            Submit("Batal", Requester("cancel"), withInputs: false),
        };
        var fallback = $"Formulir kolaborasi dengan {regionName}: isi nama, organisasi, kontak (e-mail atau telepon), topik (pilar) dan pesan." +
                       (errors.Count > 0 ? "\n" + string.Join("\n", errors) : "");
        return Attach(fallback, Card(body, actions), channelId);
    }

    public Activity Summary(string regionName, RequestDraft draft, string channelId)
    {
        var fields = Fields(draft.Name, draft.Organisation, draft.Contact, draft.Topic, draft.Message);
        var consent = $"Dengan menekan **Ya, kirim**, Anda setuju nama, organisasi dan kontak Anda dibagikan kepada petugas smart city " +
                      $"{regionName} dan staf program Gerakan Menuju Smart City, dan disimpan paling lama {Limits.RetentionDays} hari.";
        var body = new JsonArray { Heading($"Ringkasan permintaan kolaborasi — {regionName}") };
        foreach (var (label, value) in fields) body.Add(PlainField(label, value));
        body.Add(Text(consent));
        var actions = new JsonArray
        {
            Submit("Ya, kirim", Requester("consent")),
            Submit("Ubah", Requester("edit")),
            Submit("Batal", Requester("cancel")),
        };
        var text = new StringBuilder($"Ringkasan permintaan kolaborasi — {regionName}\n");
        foreach (var (label, value) in fields) text.Append(label).Append(": ").AppendLine(value);
        text.AppendLine().Append(consent.Replace("**", "", StringComparison.Ordinal)).Append(" Balas \"Ya, kirim\" untuk mengirim atau \"batal\".");
        return Attach(text.ToString(), Card(body, actions), channelId, ["Ya, kirim", "batal"]);
    }

    /// <summary>The message to a region's officers (or programme staff) about a new request.</summary>
    public Activity Notification(CollaborationRequest request, string regionName, string channelId)
    {
        var body = new JsonArray
        {
            Heading($"Permintaan kolaborasi baru {request.Number}"),
            Text($"Untuk {regionName} · diterima {When(request.CreatedAt)}", subtle: true),
        };
        foreach (var (label, value) in Fields(request.Name, request.Organisation, request.Contact, request.Topic, request.Message))
            body.Add(PlainField(label, value));
        body.Add(Text(PrivacyNote, subtle: true));
        var actions = new JsonArray { Submit("Tandai selesai", Act("close", request.Number)), ReplyCard(request.Number), Submit("Permintaan terbuka", Act("list", null)) };
        var text = $"Permintaan kolaborasi baru {request.Number} untuk {regionName}\n{PlainText(request)}\n{PrivacyNote}";
        return Attach(text, Card(body, actions), channelId);
    }

    /// <summary>A region's open requests for an officer or staff (at most <paramref name="max"/> shown).</summary>
    public Activity OpenList(string title, IReadOnlyList<(CollaborationRequest Request, string RegionName)> open, int total, string channelId)
    {
        var body = new JsonArray { Heading(title) };
        var text = new StringBuilder(title).AppendLine();
        if (open.Count == 0)
        {
            body.Add(Text("Tidak ada permintaan yang masih terbuka."));
            text.AppendLine("Tidak ada permintaan yang masih terbuka.");
        }
        foreach (var (request, regionName) in open)
        {
            var items = new JsonArray { Text($"**{request.Number}** · {regionName} · {When(request.CreatedAt)}") };
            foreach (var (label, value) in Fields(request.Name, request.Organisation, request.Contact, request.Topic, request.Message)) items.Add(PlainField(label, value));
            foreach (var reply in request.RepliesOrEmpty) items.Add(PlainField($"Balasan {When(reply.At)}", reply.Text));
            items.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray { Submit("Tandai selesai", Act("close", request.Number)), ReplyCard(request.Number) } });
            body.Add(new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium", ["items"] = items });
            text.AppendLine().Append(request.Number).Append(" · ").Append(regionName).AppendLine().AppendLine(PlainText(request));
        }
        if (total > open.Count)
        {
            body.Add(Text($"Ditampilkan {open.Count} dari {total} permintaan terbuka (yang terlama lebih dulu).", subtle: true));
            text.AppendLine($"Ditampilkan {open.Count} dari {total}.");
        }
        body.Add(Text(PrivacyNote, subtle: true));
        return Attach(text.ToString(), Card(body, []), channelId);
    }

    private string PrivacyNote => $"Data pribadi ini hanya untuk petugas daerah dan staf program, dan dihapus otomatis {Limits.RetentionDays} hari setelah permintaan dibuat.";

    public static string When(DateTimeOffset at) =>
        ProgrammeCalendar.FormatDate(DateOnly.FromDateTime(at.ToOffset(ProgrammeCalendar.Wib).DateTime)) + " " + at.ToOffset(ProgrammeCalendar.Wib).ToString("HH:mm") + " WIB";

    private static List<(string, string)> Fields(string? name, string? organisation, string? contact, string? topic, string? message) =>
        [("Nama", name ?? "-"), ("Organisasi", organisation ?? "-"), ("Kontak", contact ?? "-"), ("Topik", topic ?? "-"), ("Pesan", message ?? "-")];

    private static string PlainText(CollaborationRequest r) =>
        string.Join("\n", Fields(r.Name, r.Organisation, r.Contact, r.Topic, r.Message).Select(f => $"{f.Item1}: {f.Item2}"));

    private static JsonObject Requester(string action) =>
        new() { [Conversation.DialogRouter.CardIntentKey] = RequesterIntent, [ActionKey] = action };

    private static JsonObject Act(string action, string? number)
    {
        var data = new JsonObject { [Conversation.DialogRouter.CardIntentKey] = OfficerIntent, [ActionKey] = action };
        if (number is not null) data["number"] = number;
        return data;
    }

    private JsonObject ReplyCard(string number)
    {
        // One input per request: a list holds several, and input ids must be unique in a card.
        var input = Input(ReplyInputId(number), "Balasan singkat untuk peminta", null, Limits.MaxReplyChars, "Terima kasih, kami akan menghubungi Anda …");
        input["isMultiline"] = true;
        return new JsonObject
        {
            ["type"] = "Action.ShowCard", ["title"] = "Balas",
            ["card"] = new JsonObject
            {
                ["type"] = "AdaptiveCard", ["body"] = new JsonArray { input },
                ["actions"] = new JsonArray { Submit("Kirim balasan", Act("reply", number)) },
            },
        };
    }

    public static string ReplyInputId(string number) => "reply-" + number;

    private static JsonObject Input(string id, string label, string? value, int maxLength, string placeholder)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["isRequired"] = true, ["maxLength"] = maxLength,
            ["placeholder"] = placeholder, ["errorMessage"] = $"{label} wajib diisi",
        };
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        return input;
    }

    /// <summary>A label and a value the requester typed: TextRuns are never parsed as markdown.</summary>
    private static JsonObject PlainField(string label, string value) => new()
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = new JsonArray
        {
            new JsonObject { ["type"] = "TextRun", ["text"] = label + ": ", ["weight"] = "Bolder" },
            new JsonObject { ["type"] = "TextRun", ["text"] = value },
        },
    };

    private static JsonObject Heading(string text) => new()
    {
        ["type"] = "TextBlock", ["text"] = text, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true, ["style"] = "heading",
    };

    private static JsonObject Text(string text, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle) block["isSubtle"] = true;
        return block;
    }

    private static JsonObject Submit(string title, JsonObject data, bool withInputs = true)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (!withInputs) action["associatedInputs"] = "none";
        return action;
    }

    private static JsonObject Card(JsonArray body, JsonArray actions)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard", ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json", ["version"] = "1.5", ["body"] = body,
        };
        if (actions.Count > 0) card["actions"] = actions;
        return card;
    }

    /// <summary>Plain-format text (never markdown) plus the card; Teams shows the card alone, as the other answers do.</summary>
    private static Activity Attach(string fallback, JsonObject card, string channelId, IEnumerable<string>? suggestions = null)
    {
        var activity = Replies.WithAttachment(fallback, new Attachment { ContentType = CardContentTypes.Adaptive, Content = card }, suggestions)
            with { TextFormat = "plain" };
        return channelId == "msteams" ? activity with { Text = null, TextFormat = null, SuggestedActions = null } : activity;
    }
}
