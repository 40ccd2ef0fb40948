using AngleSharp.Dom;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A filled-in form saved as a page (an online proposal or registration form printed from a portal): its answers are
/// the page's content, but they sit in attributes — an input's value, a select's chosen option, a ticked checkbox —
/// that a text walk never reads, and its &lt;form&gt; would be dropped as site furniture like a search box. A form that
/// holds several answered fields is rewritten in place into the text a reader sees: "Label: answer" lines, each
/// fieldset titled by its legend as a section heading. A search box, a login or an empty comment form answers
/// nothing and stays furniture.
/// </summary>
internal static class HtmlFilledForm
{
    // The fewest answered fields that make a form a record rather than a search box or a login.
    private const int MinAnswers = 3;

    private static readonly HashSet<string> TextTypes = ["", "text", "date", "datetime-local", "month", "number", "email", "tel", "url", "time"];

    public static void Rewrite(IElement body)
    {
        foreach (var form in body.QuerySelectorAll("form").ToList())
        {
            if (Answers(form) < MinAnswers) continue;
            var owner = body.Owner!;
            var level = body.QuerySelector("h2") is null ? "h2" : "h3";
            foreach (var field in form.QuerySelectorAll("input, select, textarea").ToList()) Read(form, field);
            foreach (var legend in form.QuerySelectorAll("legend").ToList())
            {
                var heading = owner.CreateElement(level);
                heading.TextContent = Flat(legend.TextContent);
                legend.Replace(heading);
            }
            foreach (var button in form.QuerySelectorAll("button").ToList()) button.Remove();
            var content = owner.CreateElement("div");
            while (form.FirstChild is { } child) content.AppendChild(child);
            form.Replace(content);
        }
    }

    /// <summary>Fields holding an answer: a typed value, a chosen option, a ticked box or text in a text area.</summary>
    private static int Answers(IElement form) => form.QuerySelectorAll("input, select, textarea").Count(field => field.LocalName switch
    {
        "input" when IsBox(field) => field.HasAttribute("checked"),
        "input" => TextTypes.Contains(Type(field)) && !string.IsNullOrWhiteSpace(field.GetAttribute("value")),
        "select" => field.QuerySelector("option[selected]") is not null,
        _ => Flat(field.TextContent).Length > 0,
    });

    private static void Read(IElement form, IElement field)
    {
        if (field.ParentElement is null) return;   // an unticked box already removed with its label
        switch (field.LocalName)
        {
            case "input" when IsBox(field): ReadBoxes(form, field); break;
            case "input" when TextTypes.Contains(Type(field)) && field.GetAttribute("value") is { Length: > 0 } value:
                Answer(form, field, value); break;
            case "select" when field.QuerySelector("option[selected]") is { } chosen:
                Answer(form, field, Flat(chosen.TextContent)); break;
            case "textarea" when Flat(field.TextContent) is { Length: > 0 } text:
                Answer(form, field, text); break;
            default: field.Remove(); break;   // a file picker, a hidden token, an unanswered field
        }
    }

    /// <summary>The field becomes its answer as text, its label closed by a colon so the line reads "Label: answer".</summary>
    private static void Answer(IElement form, IElement field, string text)
    {
        if (Caption(form, field) is { } caption) Colon(caption);
        field.Replace(form.Owner!.CreateTextNode(" " + text + " "));
    }

    /// <summary>
    /// A group of checkboxes or radio buttons sharing a name: the ticked ones' labels, joined, are the answer; the
    /// unticked ones are choices not taken and leave with their labels.
    /// </summary>
    private static void ReadBoxes(IElement form, IElement first)
    {
        var name = first.GetAttribute("name");
        var group = form.QuerySelectorAll("input").Where(b => IsBox(b) && b.GetAttribute("name") == name && (name is not null || b == first)).ToList();
        var ticked = group.Where(b => b.HasAttribute("checked")).Select(b => Flat(BoxLabel(form, b)?.TextContent ?? b.GetAttribute("value") ?? "")).Where(t => t.Length > 0).ToList();
        var container = first.ParentElement?.LocalName == "label" ? first.ParentElement.ParentElement : first.ParentElement;
        if (container?.Children.FirstOrDefault(c => c.QuerySelector("input") is null && c.LocalName != "input") is { } caption && !group.Any(b => BoxLabel(form, b) == caption)) Colon(caption);
        foreach (var box in group)
        {
            BoxLabel(form, box)?.Remove();
            box.Remove();
        }
        if (ticked.Count > 0) container?.AppendChild(form.Owner!.CreateTextNode(" " + string.Join(", ", ticked) + " "));
    }

    private static IElement? BoxLabel(IElement form, IElement box) =>
        box.Closest("label") ?? (box.Id is { Length: > 0 } id ? form.QuerySelectorAll("label").FirstOrDefault(l => l.GetAttribute("for") == id) : null);

    /// <summary>The field's label: the &lt;label for&gt; naming it, the label around it, or its row's first text element.</summary>
    private static IElement? Caption(IElement form, IElement field)
    {
        if (field.Id is { Length: > 0 } id && form.QuerySelectorAll("label").FirstOrDefault(l => l.GetAttribute("for") == id) is { } named) return named;
        if (field.Closest("label") is { } around) return around;
        return field.ParentElement?.Children.FirstOrDefault(c => c != field && c.QuerySelector("input, select, textarea") is null && Flat(c.TextContent).Length > 0);
    }

    private static void Colon(IElement caption)
    {
        var text = Flat(caption.TextContent);
        if (text.Length > 0 && !text.EndsWith(':') && caption.QuerySelector("input, select, textarea") is null) caption.TextContent = text + ":";
    }

    private static bool IsBox(IElement input) => Type(input) is "checkbox" or "radio";

    private static string Type(IElement input) => (input.GetAttribute("type") ?? "").Trim().ToLowerInvariant();

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
