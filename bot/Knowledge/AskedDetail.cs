using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A kind of detail a question asks for — an amount of money, a time of day, a date, a place, a length of time, a
/// year, someone — and whether a line of an answer states one. A passage about the right topic often lacks the very
/// detail asked ("berapa anggaran …" answered by a sentence about the same programme with no amount in it): the
/// question's words are all there, the answer is not. Words come from the lexicon (hal-uang, bukti-uang, tanya-jam,
/// bukti-jam and the question-shape lists <see cref="AnswerTypes"/> reads); a lexicon without a list has no such kind.
/// </summary>
public sealed partial record AskedDetail(string Name, Func<string, bool> StatedIn)
{
    /// <summary>Stated by any line of the answer, not only by one naming the question's subject.</summary>
    public bool AnyLine { get; init; }

    /// <summary>Stated by lines about the question's subject, or by any line when none names it (a subject met only through a synonym phrase, "gmsc").</summary>
    public bool AnyLineWhenSubjectUnmet { get; init; }

    /// <summary>Part of the thing itself ("tahap pertama"): a definition of that thing states it, so it does not bar the definition reading.</summary>
    public bool PartOfSubject { get; init; }

    /// <summary>What was asked, as the reply tells the user it understood it ("jumlah hari", "besaran uang").</summary>
    public string Label { get; init; } = "";

    /// <summary>The details the question asks for, most specific first (a time of day before a date).</summary>
    /// <remarks>
    /// Read once per analysed question and lexicon: an answer weighs several candidate passages (each composed and
    /// fitted) against the same analysed question, and the reading depends only on it and the lexicon's cue lists.
    /// </remarks>
    public static IReadOnlyList<AskedDetail> Of(AnalyzedQuestion question)
    {
        var lexicon = Lexicon.Current;
        if (Read.TryGetValue(question, out var known) && ReferenceEquals(known.Lexicon, lexicon)) return known.Details;
        var details = Reading(question);
        Read.AddOrUpdate(question, new(lexicon, details));
        return details;
    }

    private sealed record ReadDetails(Lexicon Lexicon, IReadOnlyList<AskedDetail> Details);

    // Keyed by the analysed question itself (by reference): kept while the question is, dropped with it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalyzedQuestion, ReadDetails> Read = new();

    private static IReadOnlyList<AskedDetail> Reading(AnalyzedQuestion question)
    {
        var q = question.Normalized;
        var lists = Lexicon.Current.Lists;
        var asked = new List<AskedDetail>();
        var clock = lists.ContainsKey(ClockWords) && lists.ContainsKey(ClockMarks) && ClockQuestion.IsMatch(q);
        if (lists.ContainsKey(MoneyWords) && lists.ContainsKey(MoneyMarks)
            && (question.Wants.HasFlag(AnswerType.Count) && AsksMoney(q, lists[MoneyWords]) || OpensWithPrice(question, lists)))
            asked.Add(new("uang", MoneyEvidence.IsMatch) { Label = "besaran uang (biaya, anggaran, atau dana)" });
        if (clock) asked.Add(new("jam", line => ClockEvidence.IsMatch(line) || ClockFigure().IsMatch(line)) { Label = "jam pelaksanaannya" });
        if (question.Wants.HasFlag(AnswerType.Date) && !clock) asked.Add(Kind("tanggal", AnswerType.Date) with { Label = "tanggalnya" });
        // "tanggal berapa …" asks the day itself (knowledge/lexicon/tanya-tanggal-hari.txt): a month, a year or a step of
        // the programme ("Oktober 2019", "Tahun 2017", "di tahap terakhir") names when, not the date asked. Any line may
        // state it: the day often follows in a sentence naming the asker's region, not the event ("… dinilai pada 5 Maret").
        if (lists.ContainsKey(DayDateWords) && DayDateQuestion.IsMatch(q) && !clock)
            asked.Add(new(DayDateKind, line => DayDateEvidence.IsMatch(line)) { AnyLine = true, Label = "tanggal persisnya" });
        // "sampai kapan", "hingga kapan" (knowledge/lexicon/tanya-sampai.txt) ask when a thing ends: the day it opened
        // ("1 Desember 2022") is not its end; "sampai 18 Desember", "14–18 Desember", "Juli–Oktober" are.
        if (lists.ContainsKey(UntilWords) && lists.ContainsKey(UntilMarks) && lists.ContainsKey(EndMarks) && UntilQuestion.IsMatch(q))
            asked.Add(new(UntilKind, UntilEvidence.IsMatch) { Label = "sampai kapan berlangsungnya" });
        // "bentuknya gimana", "berbentuk apa" (knowledge/lexicon/tanya-bentuk.txt) ask what a thing is like: a line about it
        // naming only the thing, its event or its award ("menerima piagam penghargaan …") does not say (bukti-bentuk.txt).
        if (lists.ContainsKey(FormWords) && lists.ContainsKey(FormMarks) && FormQuestion.IsMatch(q))
            asked.Add(new(FormKind, FormEvidence.IsMatch) { Label = "bentuk atau wujudnya" });
        // "ToT fase 3 di mana", "kelompok II tugasnya apa" (knowledge/lexicon/bagian-bernomor.txt): a line about the
        // subject must name that part with its number ("tahap II", "tahap kedua"); stage 1's date is not stage 2's.
        if (NumberedPart.In(q, Lexicon.Current) is { } part)
            asked.Add(new(PartKind, line => part.StatedIn(line, Lexicon.Current, clause => !NamesOtherPlace(clause, question))) { AnyLineWhenSubjectUnmet = true, PartOfSubject = true, Label = $"keterangan {part.Noun} {part.Number}" });
        // "berapa lama …" is answered by a length ("empat bulan") and as well by the span it ran: days or months from
        // one to another ("22–23 Mei", "Juli–Oktober"), an end ("sampai 18 Desember 2021") or a start ("sejak 2017").
        if (question.Wants.HasFlag(AnswerType.Duration))
            asked.Add(new(DurationKind, line => AnswerTypes.In(line).HasFlag(AnswerType.Duration) || SpanStated(line, lists)) { Label = "lama waktunya" });
        if (question.Wants.HasFlag(AnswerType.Place)) asked.Add(Kind("tempat", AnswerType.Place) with { Label = "tempatnya" });
        if (question.Wants.HasFlag(AnswerType.Year)) asked.Add(Kind("tahun", AnswerType.Year) with { Label = "tahunnya" });
        // "siapa yang menandatangani …": the line naming someone must also state that act (bot/Knowledge/AskedAct.cs).
        var act = AskedAct.Of(question);
        if (question.Wants.HasFlag(AnswerType.Person))
            asked.Add(new("orang", line => AnswerTypes.Carries(AnswerType.Person, line) && (act is null || AskedAct.StatedIn(act, line))) { Label = "siapa orangnya" });
        // "berapa hari …", "berapa persen …": the unit asked must come with a number ("4–5 bulan" is the length of
        // something larger than the day-long step asked). Any line may state it: the unit is the check, not the subject.
        if (lists.TryGetValue(AskedUnits, out var units) && UnitAsked(q, units) is { } unit)
            asked.Add(new(UnitKind, line => UnitStated(line, unit, lists)) { AnyLine = true, Label = char.IsLetter(unit[^1][0]) && unit.Count == 1 ? $"jumlah {unit[0]}" : $"besarnya dalam {unit[0]}" });
        // "berapa orang …": people are counted by the noun of what they are ("20 asesor"), so a number followed by
        // "orang" or by a word the question names states it; "25 kepala daerah" does not count who attended.
        if (lists.TryGetValue(PeopleUnits, out var people) && UnitAsked(q, people) is { } person)
            asked.Add(new(PeopleKind, line => PeopleStated(line, person, question)) { AnyLine = true, Label = "jumlah orangnya" });
        // "penilainya ada berapa", "jumlah pendamping …": a count of people named by their role (knowledge/lexicon/peran-orang.txt)
        // asks a head count as "berapa orang" does; the number of regions assessed is not the number of assessors.
        else if (lists.TryGetValue(PeopleUnits, out var heads) && CountsRole(question, lists) && !asked.Any(a => a.Name is "uang" or UnitKind))
            asked.Add(new(PeopleKind, line => PeopleStated(line, heads, question)) { AnyLine = true, Label = "jumlah orangnya" });
        // "peringkat berapa", "urutan ke berapa", "nilainya berapa" (knowledge/lexicon/tanya-peringkat.txt): a rank or a
        // score is stated only by that word with a figure or an ordinal after it ("peringkat ke-11"); a section naming
        // the winners in some order, or the event the rank would come from, is not one.
        // A unit or another noun counted right after "berapa" ("bobot nilai … berapa persen", "berapa daerah …") is what is
        // asked, not a rank.
        if (lists.ContainsKey(RankWords) && RankQuestion.IsMatch(q) && HowManyWord().IsMatch(q)
            && !(lists.TryGetValue(AskedUnits, out var rankUnits) && UnitAsked(q, rankUnits) is not null)
            && (OrdinalAsked().IsMatch(q) || RankRightBefore.IsMatch(q) || !(AnswerTypes.CountedNounAfter(q) is { } countedAfter && !RankQuestion.IsMatch(countedAfter))))
            asked.Add(new(RankKind, RankEvidence.IsMatch) { AnyLine = true, Label = "peringkat atau nilainya" });
        // "kota mana paling smart", "daerah terbaik", "juara 1" (knowledge/lexicon/penanda-terbaik.txt): the documents rank
        // regions only in those words ("quick win terbaik 2022"), so the answer must say the same; a section on the
        // participants, their spread or the selection criteria does not tell which one is best.
        if (lists.ContainsKey(BestWords) && BestQuestion.Match(q) is { Success: true } best)
        {
            // The first place may be written another way than asked ("juara 1" stated as "Juara I"): tempat-pertama.txt.
            var firsts = lists.GetValueOrDefault(FirstPlaceWords) ?? [];
            string Word(string w) => firsts.Contains(w, StringComparer.OrdinalIgnoreCase) ? $"(?:{string.Join("|", firsts.Select(Regex.Escape))})" : Regex.Escape(w);
            var same = new Regex($@"(?<!\p{{L}}){string.Join(@"\s+", best.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word))}(?![\p{{L}}\d])", RegexOptions.IgnoreCase);
            asked.Add(new(BestKind, same.IsMatch) { AnyLine = true, Label = "siapa yang terbaik atau paling unggul" });
        }
        // "nomor hp …", "email …", "link zoom …": a way to reach someone or something (knowledge/lexicon/tanya-kontak.txt)
        // is stated only by the contact itself — a web or e-mail address, a phone number, a street (bukti-kontak.txt) — on
        // any line: a section about the event or the office that only names them is not one.
        // A line saying the documents lack it ("Alamat pameran tidak tercantum …", bukti-tiada.txt) answers it too.
        if (lists.ContainsKey(ContactWords) && lists.ContainsKey(ContactMarks) && ContactQuestion.Match(q) is { Success: true } contact)
        {
            var named = new Regex($@"(?<!\p{{L}}){Regex.Escape(contact.Value.Split(' ')[0])}", RegexOptions.IgnoreCase);
            asked.Add(new(ContactKind, line => ContactEvidence.IsMatch(line) || ContactForm().IsMatch(line)
                || lists.ContainsKey(AbsenceMarks) && Absence.IsMatch(line) && named.IsMatch(line)) { AnyLine = true, Label = "kontak atau alamatnya" });
        }
        // "apa kepanjangan PPN", "XYZ itu singkatan apa" (knowledge/lexicon/tanya-kepanjangan.txt): the long form is
        // stated only where a word of the question stands beside it, in brackets or before a word leading it
        // (bukti-kepanjangan.txt); a line holding the short form as part of another name ("Kementerian PPN/Bappenas") is not one.
        if (lists.ContainsKey(LongFormWords) && LongFormQuestion.IsMatch(q) && LongFormOf(q, lists) is { } longForm)
            asked.Add(new(LongFormKind, longForm.IsMatch) { AnyLine = true, Label = "kepanjangan singkatannya" });
        // "kenapa X dipilih": an answer about X giving no cause or aim (karena, agar, tujuannya …) tells what X is, not
        // why. The cause is often a sentence that points back ("Fokus ini sejalan dengan …"), so any line may state it.
        // A difference asked ("bedanya A dan B") is stated by the two things side by side, no cause word needed.
        if (AnswerTypes.AsksWhy(question.Wants, q))
            asked.Add(new("alasan", line => (AnswerTypes.In(line) & (AnswerType.Reason | AnswerType.Purpose)) != 0) { AnyLine = true, Label = "alasannya" });
        return asked;
    }

    // What "berapa" counts is a sum of money ("berapa anggaran …", "biayanya berapa"), not a share of one ("dana
    // pendamping berapa persen"); without a counted word, a money word in the question says so.
    // The word after "berapa" names what it counts; a closing "berapa" asks the amount of the phrase before it, which
    // a money word anywhere in it makes a sum ("honor juri lomba kota cerdas berapa"), unless that phrase ends in
    // a unit of its own ("dana pendamping persennya berapa").
    private static bool AsksMoney(string q, IReadOnlyList<string> moneyWords)
    {
        if (AnswerTypes.CountedNounAfter(q) is { } after) return moneyWords.Contains(after, StringComparer.OrdinalIgnoreCase);
        var counted = AnswerTypes.CountedNouns(q).ToList();
        var units = Lexicon.Current.Lists.TryGetValue(AskedUnits, out var asked) ? asked.SelectMany(Forms).ToList() : [];
        if (counted.Any(n => units.Contains(n, StringComparer.OrdinalIgnoreCase))) return false;
        return counted.Any(n => moneyWords.Contains(n, StringComparer.OrdinalIgnoreCase)) || MoneyQuestion.IsMatch(q);
    }

    // "harga tiket forum …" asks the price as "berapa harga …" does: a price word (knowledge/lexicon/pembuka-harga.txt)
    // opening a question that asks no other kind of fact (a "berapa" counting nothing of its own asks the same price) and defines nothing.
    private static bool OpensWithPrice(AnalyzedQuestion question, IReadOnlyDictionary<string, IReadOnlyList<string>> lists) =>
        (question.Wants & ~AnswerType.Count) == AnswerType.None && !CountsOther(question.Normalized) && question.Defines is null && lists.TryGetValue(PriceOpeners, out var openers)
        && KnowledgeIndex.QuestionWords(question.Normalized).FirstOrDefault() is { } first && openers.Contains(first, StringComparer.OrdinalIgnoreCase);

    // "harga ikan … diperbarui berapa kali": "berapa" counts a word of its own, not the price; "berapa per meter" counts none.
    private static bool CountsOther(string q) => AnswerTypes.CountedNouns(q).Any(n => KnowledgeIndex.TermSetOf(n).Count > 0);

    /// <summary>
    /// A count whose only counted thing is people in a role ("jumlah asesornya waktu itu brp"): a role word of
    /// peran-orang.txt in the question, and no other noun counted ("berapa daerah yang didampingi pendamping" counts regions).
    /// </summary>
    private static bool CountsRole(AnalyzedQuestion question, IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
    {
        if (!question.Wants.HasFlag(AnswerType.Count) || (question.Wants & (AnswerType.Duration | AnswerType.Date)) != 0
            || !lists.TryGetValue(RoleWords, out var roles) || roles.Count == 0) return false;
        bool IsRole(string word) => roles.Contains(Particles.WithoutPossessive(word), StringComparer.OrdinalIgnoreCase);
        return KnowledgeIndex.QuestionWords(question.Normalized).Any(IsRole) && AnswerTypes.CountedNouns(question.Normalized).All(n => IsRole(n) || n == HowMany);
    }

    private const string RoleWords = "peran-orang";

    /// <summary>The forms of the unit the question asks for right after "berapa" (knowledge/lexicon/satuan-tanya.txt), or null.</summary>
    private static IReadOnlyList<string>? UnitAsked(string q, IReadOnlyList<string> units)
    {
        var words = KnowledgeIndex.QuestionWords(q).ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] != HowMany) continue;
            var next = words[i + 1];
            if (units.Select(Forms).FirstOrDefault(f => f.Contains(next, StringComparer.OrdinalIgnoreCase)) is { } forms) return forms;
            // "berapa %": the sign is not a word, so it is read from the text.
            if (q.Contains($"{HowMany} %", StringComparison.Ordinal) && units.Select(Forms).FirstOrDefault(f => f.Contains("%")) is { } percent) return percent;
        }
        return null;
    }

    private static IReadOnlyList<string> Forms(string line) => line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A number with one of the unit's forms ("dua hari", "3–4 minggu", "7 (tujuh) hari", "40%"), the unit with "se" ("sehari"),
    /// or, for days, a span of dates ("2–3 Mei": two days).
    /// </summary>
    private static bool UnitStated(string line, IReadOnlyList<string> forms, IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
    {
        var numbers = lists.TryGetValue(NumberWords, out var spelled) ? string.Join("|", spelled.Select(Regex.Escape)) : "";
        var number = $@"(?:\d+(?:[.,]\d+)?(?:\s*[–-]\s*\d+(?:[.,]\d+)?)?{(numbers.Length > 0 ? "|" + numbers : "")})";
        foreach (var form in forms)
        {
            var unit = Regex.Escape(form);
            var after = char.IsLetter(form[^1]) ? @"(?!\p{L})" : "";
            // Official letters write the number twice: "7 (tujuh) hari kerja".
            if (Regex.IsMatch(line, $@"(?<![\p{{L}}\d]){number}(?:\s*\([^)]{{1,20}}\))?\s*{unit}{after}", RegexOptions.IgnoreCase)
                || char.IsLetter(form[0]) && Regex.IsMatch(line, $@"(?<!\p{{L}})se{unit}(?!\p{{L}})", RegexOptions.IgnoreCase)
                // A table row read as "Kolom: isi": the unit in the column's label ("Capaian (%): 92", "Lama (hari): 5").
                || Regex.IsMatch(line, $@"\((?:[^();:]*\s)?{unit}{after}\s*\)[^;:()]{{0,12}}(?:\)[^;:]{{0,4}})?:\s*{number}(?![\d\p{{L}}])", RegexOptions.IgnoreCase))
                return true;
        }
        return forms.Contains(DayUnit, StringComparer.OrdinalIgnoreCase) && lists.TryGetValue(MonthNames, out var months)
            && Regex.IsMatch(line, $@"\b\d{{1,2}}\s*[–-]\s*\d{{1,2}}\s+(?:{string.Join("|", months.Select(Regex.Escape))})\b", RegexOptions.IgnoreCase);
    }

    /// <summary>A number followed (within a word, or a number spelled out in brackets) by the unit, a word naming people by their role, or a word the question names specifically.</summary>
    private static bool PeopleStated(string line, IReadOnlyList<string> units, AnalyzedQuestion question)
    {
        foreach (var m in CountsIn(line))
        {
            // A year ("2017 di Makassar") counts nothing.
            if (AnswerTypes.HasYear(m.Groups["n"].Value)) continue;
            var after = m.Groups["w"].Value;
            var first = after.Split(' ')[0];
            // A word naming people by their role (knowledge/lexicon/bukti-pelaku.txt: "20 asesor") counts people as
            // "orang" does, whatever the question calls them ("berapa orang penilai").
            if (units.Contains(first, StringComparer.OrdinalIgnoreCase)
                || Lexicon.Current.Lists.TryGetValue(PeopleWords, out var roles) && roles.Contains(first, StringComparer.OrdinalIgnoreCase)) return true;
            var terms = KnowledgeIndex.TermSetOf(after);
            if (question.Terms.Any(t => t.Known && !t.Generic && !t.NamesYear && !QuestionCues.IsGenericWord(t.Words)
                    && !Lexicon.Current.BroadWords.Contains(t.Words) && KnowledgeIndex.Matches(t, terms)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The counts in a line with the words after them: in figures ("3.400 orang") and spelled out as reports write small
    /// counts ("dua operator", "dua puluh relawan"; knowledge/lexicon/bilangan.txt).
    /// </summary>
    private static IEnumerable<Match> CountsIn(string line)
    {
        foreach (Match m in CountedAfterNumber().Matches(line)) yield return m;
        if (SpelledCounts.Current is not { } spelledCounts) yield break;
        foreach (Match m in spelledCounts.Matches(line)) yield return m;
    }

    // Prose spells out counts of every kind ("empat kali bimtek"), so only the word right after the count is what it
    // counts: "dua operator", not "kali bimtek" reaching a word the question names. Built once per lexicon, not per line.
    private static readonly PerLexicon<Regex?> SpelledCounts = new(lexicon =>
    {
        if (!lexicon.Lists.TryGetValue(NumberWords, out var spelled) || spelled.Count == 0) return null;
        var words = string.Join("|", spelled.OrderByDescending(w => w.Length).Select(Regex.Escape));
        return new Regex($@"(?<![\p{{L}}\d])(?<n>(?:{words})(?:\s+(?:{SpelledMultipliers}))?)\s+(?<w>\p{{L}}+)", RegexOptions.IgnoreCase);
    });

    // "dua puluh", "tiga ratus": the word that multiplies the spelled count is part of it, not the thing counted.
    private const string SpelledMultipliers = "puluh|belas|ratus|ribu|juta";

    // "Kota Depok …", "Kabupaten Badung (Bali) …" (knowledge/lexicon/jenis-wilayah.txt + a capitalised name):
    // a clause naming only regions the question does not name speaks of them, not of the question's subject.
    // Not the region resolver: the clause is a document's, where a kecamatan, a desa or a place outside the region
    // list ("Desa Sukamaju") speaks of another place as much as a kota does, and only a type word with a
    // capitalised name marks a place (the resolver also reads bare names, other names and misspellings).
    private static bool NamesOtherPlace(string clause, AnalyzedQuestion question)
    {
        if (PlaceMention.Current is not { } mention) return false;
        var asked = KnowledgeIndex.TermSetOf(question.Normalized);
        var named = mention.Matches(clause).Select(m => KnowledgeIndex.TermSetOf(m.Groups["name"].Value).Overlaps(asked)).ToList();
        // "Gelombang I untuk Kota Pontianak, Kota Singkawang, …": a clause listing the asked region among others is about it.
        return named.Count > 0 && !named.Any(a => a);
    }

    private const string RegionTypes = "jenis-wilayah";

    // A type word and the capitalised name after it: built once per lexicon, not joined and looked up for every clause.
    private static readonly PerLexicon<Regex?> PlaceMention = new(lexicon =>
        lexicon.Lists.TryGetValue(RegionTypes, out var types) && types.Count > 0
            ? new Regex($@"(?<!\p{{L}})(?:{string.Join("|", types.Select(Regex.Escape))})\s+(?<name>\p{{Lu}}[\p{{L}}-]*(?:\s+\p{{Lu}}[\p{{L}}-]*)*(?:\s*\([^)]{{1,40}}\))?)")
            : null);

    // A count (not a year) and the two words after it: "20 asesor dari kalangan", "7 (tujuh) orang"; thousands are
    // grouped with dots ("3.400 orang"), which a bare run of digits would split into "3" and "400".
    [GeneratedRegex(@"(?<![\p{L}\d.,])(?<n>\d{1,3}(?:\.\d{3})+|\d{1,6})(?![\d.,]?\d)(?:\s*\([^)]{1,20}\))?\s+(?<w>\p{L}+(?:\s+\p{L}+)?)")]
    private static partial Regex CountedAfterNumber();

    private const string PartKind = "nomor-bagian";
    private const string PeopleKind = "jumlah-orang";
    private const string PeopleWords = "bukti-pelaku";
    private const string PeopleUnits = "satuan-orang";
    private const string UnitKind = "satuan";
    private const string AskedUnits = "satuan-tanya";
    private const string NumberWords = "bilangan";
    private const string MonthNames = "bulan";
    private const string DayUnit = "hari";
    private const string HowMany = "berapa";

    private static AskedDetail Kind(string name, AnswerType type) => new(name, line => AnswerTypes.In(line).HasFlag(type));

    /// <summary>The kind of a best or first-placed one asked ("paling smart", "terbaik", "juara 1").</summary>
    public const string BestKind = "terbaik";
    private const string BestWords = "penanda-terbaik";
    private const string FirstPlaceWords = "tempat-pertama";
    private static readonly CuePattern BestQuestionCue = new(@"(?<!\p{L})(?:{:penanda-terbaik})(?!\p{L})");
    private static Regex BestQuestion => BestQuestionCue.Regex;

    private const string RankKind = "peringkat";
    private const string RankWords = "tanya-peringkat";
    private static readonly CuePattern RankQuestionCue = new(@"\b(?:{:tanya-peringkat})\b");
    // The rank word, at most three words ("nilai tertinggi, yaitu 82"), then a figure (not a year), "ke-11", or an ordinal ("kedua", "pertama").
    private static readonly CuePattern RankEvidenceCue = new(
        @"(?<!\p{L})(?:{:tanya-peringkat})\s+(?:\p{L}+[,:]?\s+){0,3}?(?:ke\s*-?\s*\d{1,3}(?!\d)|\d{1,3}(?:[.,]\d+)?(?![\d.,]?\d)|ke(?:{:bilangan})(?!\p{L})|pertama(?!\p{L}))",
        RegexOptions.IgnoreCase);
    private static Regex RankQuestion => RankQuestionCue.Regex;
    // "peringkat berapa kota X": the rank word right before "berapa" is what it asks, whatever noun follows.
    private static readonly CuePattern RankRightBeforeCue = new(@"\b(?:{:tanya-peringkat})\s+berapa\b");
    private static Regex RankRightBefore => RankRightBeforeCue.Regex;
    private static Regex RankEvidence => RankEvidenceCue.Regex;

    [GeneratedRegex(@"\b(?:ke\s*)?berapa\b")]
    private static partial Regex HowManyWord();

    // "urutan ke berapa kota X": an ordinal asked, whatever noun follows.
    [GeneratedRegex(@"\bke\s*berapa\b")]
    private static partial Regex OrdinalAsked();

    /// <summary>A line saying the documents do not give something ("tidak ditemukan dalam sumber", knowledge/lexicon/bukti-tiada.txt).</summary>
    public static bool SaysUnknown(string line) => Lexicon.Current.Lists.ContainsKey(AbsenceMarks) && Absence.IsMatch(line);

    private const string DurationKind = "lama";
    private const string SinceMarks = "penanda-sejak";

    /// <summary>A span of time written as its ends: a range of days or months, an end date or year, or a start year.</summary>
    private static bool SpanStated(string line, IReadOnlyDictionary<string, IReadOnlyList<string>> lists) =>
        lists.ContainsKey(UntilMarks) && lists.ContainsKey(EndMarks) && UntilEvidence.IsMatch(line)
        || lists.ContainsKey(SinceMarks) && SinceYear.IsMatch(line);

    // "sejak 2017", "mulai tahun 2021" (knowledge/lexicon/penanda-sejak.txt): the year a thing has run from.
    private static readonly CuePattern SinceYearCue = new(@"(?<!\p{L})(?:{:penanda-sejak})\s+(?:tahun\s+)?(?:19|20)\d\d(?!\d)", RegexOptions.IgnoreCase);
    private static Regex SinceYear => SinceYearCue.Regex;

    private const string UntilKind = "sampai";
    private const string UntilWords = "tanya-sampai";
    private const string UntilMarks = "penanda-hingga";
    private const string EndMarks = "bukti-akhir";
    private static readonly CuePattern UntilQuestionCue = new(@"\b(?:{:tanya-sampai})\b");
    // "sampai (dengan) 18 Desember 2021", "hingga akhir 2023", "berakhir pada tanggal 31 Desember 2027" (bukti-akhir.txt), a span of days ("14–18 Desember") or of months ("Juli–Oktober").
    private static readonly CuePattern UntilEvidenceCue = new(
        @"(?<!\p{L})(?:{:penanda-hingga}|{:bukti-akhir})\s+(?:\S+\s+){0,2}?(?:\d{1,2}\s+)?(?:{:bulan}|(?:19|20)\d\d)(?!\p{L})"
        + @"|(?<![\d.,])\d{1,2}\s*[–-]\s*\d{1,2}\s+(?:{:bulan})\b|\b(?:{:bulan})\s*[–-]\s*(?:{:bulan})\b",
        RegexOptions.IgnoreCase);
    private static Regex UntilQuestion => UntilQuestionCue.Regex;
    private static Regex UntilEvidence => UntilEvidenceCue.Regex;

    private const string FormKind = "bentuk";
    private const string FormWords = "tanya-bentuk";
    private const string FormMarks = "bukti-bentuk";
    private static readonly CuePattern FormQuestionCue = new(@"\b(?:{:tanya-bentuk})\b");
    private static readonly CuePattern FormEvidenceCue = new(@"(?<!\p{L})(?:{:bukti-bentuk})(?!\p{L})", RegexOptions.IgnoreCase);
    private static Regex FormQuestion => FormQuestionCue.Regex;
    private static Regex FormEvidence => FormEvidenceCue.Regex;

    private const string DayDateKind = "tanggal-hari";
    private const string DayDateWords = "tanya-tanggal-hari";
    private static readonly CuePattern DayDateQuestionCue = new(@"\b(?:{:tanya-tanggal-hari})\b");
    // A day with its month ("5 Mei", "22–23 Agustus", "28 Feb"), "tanggal 5", or a day written with figures ("(16/11)", "15/11/2017").
    private static readonly CuePattern DayDateEvidenceCue = new(
        @"(?<![\d.,])\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+(?:{:bulan}|{:bulan-singkat})\b|\btanggal\s+\d{1,2}(?!\d)|(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])",
        RegexOptions.IgnoreCase);
    private static Regex DayDateQuestion => DayDateQuestionCue.Regex;
    private static Regex DayDateEvidence => DayDateEvidenceCue.Regex;

    private const string ContactKind = "kontak";

    private const string LongFormKind = "kepanjangan";
    private const string LongFormWords = "tanya-kepanjangan";
    private const string LongFormMarks = "bukti-kepanjangan";
    private static readonly CuePattern LongFormQuestionCue = new(@"(?<!\p{L})(?:{:tanya-kepanjangan})(?!\p{L})");
    private static Regex LongFormQuestion => LongFormQuestionCue.Regex;

    /// <summary>
    /// A line writing out a short form the question names: one of its words (any, as the short form may stand anywhere in
    /// it, "singkatan KKD apa") followed by a bracket or a word leading a long form, or
    /// standing alone in brackets after one ("Rencana Pembangunan Jangka Menengah Daerah (RPJMD)").
    /// </summary>
    private static Regex? LongFormOf(string q, IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
    {
        var cues = lists[LongFormWords].SelectMany(c => c.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var words = Regex.Matches(q, @"[\p{L}\d][\p{L}\d-]*").Select(m => m.Value).Where(w => w.Length > 1 && !cues.Contains(w)).Distinct().ToList();
        if (words.Count == 0) return null;
        var named = string.Join("|", words.Select(Regex.Escape));
        var marks = lists.TryGetValue(LongFormMarks, out var leading) && leading.Count > 0 ? $@"|(?:{string.Join("|", leading.Select(Regex.Escape))})(?!\p{{L}})|[:=]" : "";
        return new Regex($@"(?<![\p{{L}}\d])(?:{named})(?![\p{{L}}\d])(?:\*\*)?\s*(?:\({marks})|\(\s*(?:{named})\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>Kinds a section gives only by writing them out (an hour, a phone or address): none is implied by its topic.</summary>
    public static readonly IReadOnlySet<string> WrittenOnly = new HashSet<string>(StringComparer.Ordinal) { "jam", ContactKind };
    private const string ContactWords = "tanya-kontak";
    private const string ContactMarks = "bukti-kontak";
    private static readonly CuePattern ContactQuestionCue = new(@"\b(?:{:tanya-kontak})\b");
    private static readonly CuePattern ContactEvidenceCue = new(@"(?<!\p{L})(?:{:bukti-kontak})(?!\p{L})", RegexOptions.IgnoreCase);
    private const string AbsenceMarks = "bukti-tiada";
    private static readonly CuePattern AbsenceCue = new(@"\b(?:{:bukti-tiada})\b", RegexOptions.IgnoreCase);
    private static Regex Absence => AbsenceCue.Regex;
    private static Regex ContactQuestion => ContactQuestionCue.Regex;
    private static Regex ContactEvidence => ContactEvidenceCue.Regex;

    // A contact written as itself: a web address, an e-mail address, a phone number (eight digits or more).
    [GeneratedRegex(@"https?://|\bwww\.|[\w.+-]+@[\w-]+\.\w|(?<![\d.,/])(?:\+62|0)\d(?:[\s.-]?\d){6,}(?![\d.,/])")]
    private static partial Regex ContactForm();

    private const string MoneyWords = "hal-uang";
    private const string MoneyMarks = "bukti-uang";
    private const string PriceOpeners = "pembuka-harga";
    private const string ClockWords = "tanya-jam";
    private const string ClockMarks = "bukti-jam";

    private static readonly CuePattern MoneyQuestionCue = new(@"\b{:hal-uang}\b");
    private static readonly CuePattern MoneyEvidenceCue = new(@"(?<!\p{L}){:bukti-uang}(?!\p{L})", RegexOptions.IgnoreCase);
    private static readonly CuePattern ClockQuestionCue = new(@"\b{:tanya-jam}\b");
    private static readonly CuePattern ClockEvidenceCue = new(@"\b{:bukti-jam}\b", RegexOptions.IgnoreCase);

    private static Regex MoneyQuestion => MoneyQuestionCue.Regex;
    private static Regex MoneyEvidence => MoneyEvidenceCue.Regex;
    private static Regex ClockQuestion => ClockQuestionCue.Regex;
    private static Regex ClockEvidence => ClockEvidenceCue.Regex;

    // "09.00", "9:30": a time of day written as figures.
    [GeneratedRegex(@"\b(?:[01]?\d|2[0-3])[.:][0-5]\d\b")]
    private static partial Regex ClockFigure();
}
