using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// "acaranya di Kota X kan?" right after the documents told of an event: a yes/no check of where that event took
/// place, not a question about X (its participation, its awards). Answered from the same passage: yes with the
/// sentence naming the place when the place it names after a locative word holds X, otherwise "not in X" with that
/// sentence. Only when the message asks nothing else (its other words are the passage's own or generic) and X is a
/// place: one the documents name after a locative word, or a region or province the recognizer read.
/// The words are data: knowledge/lexicon/kata-depan-tempat.txt, penutup-konfirmasi.txt, partikel-akhir.txt.
/// </summary>
public sealed partial class EventPlaceCheck(QuestionAnswerer answerer, KnowledgeBase knowledge) : IAnswerAside
{
    // "di Tangerang juga kan ya?": the place, then at most an "also", tags and particles.
    private static readonly CuePattern AskedPlace = new(
        @"\b(?:{:kata-depan-tempat})\s+(?<place>\p{L}[\p{L}\s]{1,40}?)(?:\s+(?:juga|also))?(?:\s+(?:{:penutup-konfirmasi}|{:partikel-akhir}))+\s*[?!.]*\s*$");

    // A short message: a check, not a question with a place in it.
    private const int MaxWords = 9;

    public bool Answers(ITurn turn, Recognition read)
    {
        if (Passage(turn) is not { } passage || !Premise.Confirms(read.Entities.Regions.Normalized, turn.Text)) return false;
        // The user's own words: normalizing drops the tags ("ya") the check ends with.
        var lower = turn.Text.ToLowerInvariant();
        if (KnowledgeIndex.QuestionWords(lower).Count > MaxWords || AskedPlace.Match(lower) is not { Success: true } match) return false;
        var asked = match.Groups["place"].Value.Trim();
        var places = PlacesOf(passage.Body);
        if (places.Count == 0 || !IsPlace(asked, read) || !AsksNothingElse(lower[..match.Index], passage)) return false;
        var held = places.FirstOrDefault(p => Holds(p.Place, asked));
        var reply = held is not null
            ? $"Ya, benar. {held.Sentence}"
            : $"Bukan di {Titled(asked)}, menurut sumber kami: {places[0].Sentence}";
        var source = AnswerComposer.SourceLine(passage);
        turn.Send(Replies.Text(reply + $"\n\n_Sumber: {source}_"));
        // The check is now the question this passage answered: "hotelnya apa?" next leans on it, as after any answer.
        turn.ConversationState.Set(KnowledgeStreams.LastAnswerKey, new LastAnswer(turn.Text, passage.Id, source));
        if (turn.ConversationState.Get<ConversationTopic>(KnowledgeStreams.TopicKey) is { } topic && topic.PassageId == passage.Id)
            turn.ConversationState.Set(KnowledgeStreams.TopicKey, topic with { Context = $"{topic.Context} {lower[..match.Index].Trim()} {asked}" });
        return true;
    }

    public void Remember(ITurn turn) { }

    // The passage of the documents' answer just given (its source is the one the last reply named), or null.
    private Passage? Passage(ITurn turn) =>
        turn.ConversationState.Get<LastAnswer>(KnowledgeStreams.LastAnswerKey) is { } last
        && knowledge.Loaded?.Find(last.PassageId) is { } passage
        && turn.ConversationState.Get<string>(SourceFollowUp.SourceKey) == AnswerComposer.SourceLine(passage)
            ? passage : null;

    private sealed record PlaceSentence(string Place, string Sentence);

    // "di ICE BSD, Tangerang", "di hotel Four Points by Sheraton Makassar": capitalised words after "di", with the sentence.
    private static List<PlaceSentence> PlacesOf(string body)
    {
        var (sentences, items) = AnswerComposer.Split(body.Replace("**", ""));
        return sentences.Concat(items).SelectMany(sentence => PlaceAfterDi().Matches(sentence)
            .Select(m => new PlaceSentence(m.Groups["place"].Value.ToLowerInvariant(), sentence.Trim()))).ToList();
    }

    private static bool Holds(string place, string asked) =>
        Regex.IsMatch(place, $@"\b{Regex.Escape(asked)}\b", RegexOptions.CultureInvariant);

    // A place the documents name after a locative word anywhere, or a region or province the message names.
    private bool IsPlace(string asked, Recognition read) =>
        read.Entities.Regions.Mentions.Count > 0 || read.Entities.Regions.Province is not null
        || (knowledge.Loaded is { } index && AllPlaces(index).Any(p => Holds(p, asked)));

    private static HashSet<string> AllPlaces(KnowledgeIndex index) => Known.GetValue(index, static i =>
        i.Passages.SelectMany(p => PlacesOf(p.Body)).Select(p => p.Place).ToHashSet(StringComparer.Ordinal));

    private static readonly ConditionalWeakTable<KnowledgeIndex, HashSet<string>> Known = new();

    // What comes before the place ("penghargaannya diserahkan", "MoU-nya") points at the event told: its words are
    // the passage's own or generic ones; a word of another subject makes it a question of its own.
    private bool AsksNothingElse(string before, Passage passage)
    {
        if (string.IsNullOrWhiteSpace(before)) return true;
        var terms = KnowledgeIndex.TermSetOf(string.Join("\n", passage.Headings) + "\n" + passage.Body);
        return answerer.Analyze(before).Terms.All(t => t.Weight <= 0 || t.Generic || t.NamesYear || KnowledgeIndex.Matches(t, terms));
    }

    private static string Titled(string place) =>
        string.Join(' ', place.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    [GeneratedRegex(@"\bdi\s+(?<place>(?:hotel\s+)?\p{Lu}[\p{L}\-]*(?:(?:,\s*|\s+)(?:by\s+)?\p{Lu}[\p{L}\-]*)*)")]
    private static partial Regex PlaceAfterDi();
}
