using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>Typo tolerance from the index's own vocabulary (Lucene's fuzzy term enumeration), on the repository's documents.</summary>
public sealed class TypoToleranceTests
{
    private static readonly KnowledgeIndex Index = KnowledgeIndex.Build(DocumentLoader.LoadFolder(RepoPaths.Knowledge).SelectMany(d => d.Passages));

    [Theory]
    [InlineData("apa isi msterplan?", "msterplan", "masterplan")]
    [InlineData("siapa yang melakukan pnilaian?", "pnilaian", "penilaian")]
    [InlineData("berapa kabupatn yang ikut?", "kabupatn", "kabupaten")]
    public void A_mistyped_word_is_corrected_to_an_index_word_at_reduced_weight(string question, string typo, string word)
    {
        var term = Index.Analyze(question).Terms.Single(t => t.Words == typo);
        Assert.True(term.MaxEdits > 0, "the word is unknown, so corrections are looked for");
        var correction = term.Options.Select((o, i) => (Option: o, Weight: term.OptionWeights[i])).Single(o => o.Option.Any(p => p.Contains(word)));
        Assert.True(correction.Weight < term.OptionWeights[0], $"a correction weighs less than the user's word ({correction.Weight})");
    }

    [Theory]
    [InlineData("apa isi msterplan?", "masterplan")]
    [InlineData("siapa yang melakukan pnilaian?", "penilaian")]
    [InlineData("berapa kabupatn yang ikut tahun 2017?", "kabupaten")]
    public void A_mistyped_word_finds_the_passages_of_the_right_word(string question, string word)
    {
        var top = Index.Search(question)[0].Passage;
        Assert.Contains(word, $"{top.DocumentTitle} {string.Join(' ', top.Headings)} {top.Body}", StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("kepilih", "terpilih")]
    [InlineData("kebuka", "terbuka")]
    [InlineData("nyusun", "susun")]
    [InlineData("nulis", "tulis")]
    [InlineData("nyusunin", "susunkan")]
    [InlineData("nampilin", "tampilkan")]
    [InlineData("ndukung", "dukung")]
    [InlineData("mbayar", "bayar")]
    public void A_colloquial_prefix_stands_for_its_written_form(string word, string written) =>
        Assert.Contains(written, Lexicon.Current.ColloquialRoots(word));

    [Fact]
    public void A_region_picked_colloquially_is_a_participant_of_that_year()
    {
        var top = Index.Search("daerah yg kepilih 2024 apa aja")[0].Passage;
        Assert.Contains("Gianyar", top.Body);
    }

    [Theory]
    [InlineData("evaluasi itu sebenernya buat apa", "sebenernya")]
    [InlineData("quick win tu sebetulnye penting gak", "sebetulnye")]
    public void A_colloquial_spelling_of_a_word_that_says_nothing_is_not_a_subject(string question, string word)
    {
        Assert.True(Lexicon.Current.IsSpeltLikeChatWord(word));
        Assert.DoesNotContain(Index.Analyze(question).Terms, t => t.Words == word);
    }

    [Theory]
    [InlineData("kementerian mana yang ngedukung program ini", "ngedukung", "dukung")]
    [InlineData("pameran virtual 2023 itu nampilin apa", "nampilin", "tampil")]
    [InlineData("siapa yang nentuin peserta", "nentuin", "tentu")]
    [InlineData("pemda mana aja yang ndukung masterplan", "ndukung", "dukung")]
    public void A_colloquial_prefix_on_a_word_the_documents_write_finds_the_written_word(string question, string word, string root)
    {
        var term = Index.Analyze(question).Terms.Single(t => t.Words == word);
        Assert.True(term.Known, "the written form is in the documents");
        Assert.Contains(term.Options, option => option.Any(position => position.Any(p => p.StartsWith(root, StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("smart city itu apa kalau dijelasin ke murid sma", "murid")]
    [InlineData("jelasin quick win buat siswa smp dong, yang simpel", "simpel")]
    public void Who_the_answer_is_for_and_how_plainly_are_not_its_subject(string question, string word) =>
        Assert.DoesNotContain(Index.Analyze(question).Terms, t => t.Words == word || t.Words == "dijelaskan" || t.Words == "sma" || t.Words == "smp");

    [Theory]
    [InlineData("sekolah")]
    [InlineData("sambil")]
    [InlineData("laptop")]
    public void A_word_is_not_taken_for_a_chat_word_unless_one_vowel_apart(string word) =>
        Assert.False(Lexicon.Current.IsSpeltLikeChatWord(word));

    [Fact]
    public void An_informal_abbreviation_with_nya_reads_as_its_words() =>
        Assert.Equal("tanda tangan di kota mana", InformalIndonesian.Normalize("ttdnya di kota mana"));

    /// <summary>A compound written as one word in chat ("kerjasama") reads as the documents' two words (informal.txt).</summary>
    [Theory]
    [InlineData("kerjasama dgn pemda", "kerja sama dengan pemda")]
    [InlineData("mau bekerjasama", "mau bekerja sama")]
    public void A_compound_written_together_reads_as_the_standard_spelling(string text, string normalized) =>
        Assert.Equal(normalized, InformalIndonesian.Normalize(text));

    /// <summary>"rampung" (finished) is the documents' "selesai" (informal.txt), as "kelar" and "beres" are.</summary>
    [Fact]
    public void Rampung_reads_as_selesai() =>
        Assert.Equal("laporan selesai kapan", InformalIndonesian.Normalize("laporan rampung kapan"));

    /// <summary>English "'s" after a word is the verb written out; the word tokenizer would otherwise leave a lone "s".</summary>
    [Theory]
    [InlineData("What's in it for companies?", "what is in it for companies?")]
    [InlineData("it’s new", "it is new")]
    public void An_english_contraction_reads_as_its_words(string text, string normalized) =>
        Assert.Equal(normalized, InformalIndonesian.Normalize(text));

    [Theory]
    [InlineData("how was readiness judged?", "readiness", "kesiapan")]
    [InlineData("which batch was it?", "batch", "angkatan")]
    [InlineData("when did they sign it?", "sign", "ditandatangani")]
    public void An_english_word_reads_as_the_documents_word_from_the_synonym_file(string question, string word, string meant)
    {
        var term = Index.Analyze(question).Terms.Single(t => t.Words == word);
        Assert.Contains(term.Options.Skip(1), option => option.Any(position => position.Any(p => meant.StartsWith(p, StringComparison.Ordinal))));
    }

    [Fact]
    public void A_word_the_index_has_is_not_corrected()
    {
        var term = Index.Analyze("apa isi masterplan?").Terms.Single(t => t.Words == "masterplan");
        Assert.True(term.Known);
        Assert.Equal(0, term.MaxEdits);
    }
}

/// <summary>The question's words in synonym segments: Lucene's SynonymFilter finds the longest phrase of sinonim.txt.</summary>
public sealed class SynonymSegmentTests
{
    private static readonly Lexicon Repository = Lexicon.Load(Path.Combine(RepoPaths.Knowledge, Lexicon.FolderName));

    [Fact]
    public void The_longest_phrase_is_one_segment_with_its_alternatives()
    {
        var segments = Repository.Synonyms.Segment(["apa", "isi", "gerakan", "menuju", "smart", "city"]);
        Assert.Equal(["apa", "isi", "gerakan menuju smart city"], segments.Select(s => s.Words));
        Assert.Contains("gmsc", segments[2].Alternatives);
        Assert.Empty(segments[0].Alternatives);
    }

    [Fact]
    public void A_shorter_phrase_is_found_when_the_longer_one_is_not_complete()
    {
        var segments = Repository.Synonyms.Segment(["gerakan", "smart", "city"]);
        Assert.Equal(["gerakan", "smart city"], segments.Select(s => s.Words));
        Assert.Contains("kota cerdas", segments[1].Alternatives);
    }
}

[CollectionDefinition(nameof(LexiconCollection), DisableParallelization = true)]
public sealed class LexiconCollection;

/// <summary>
/// Staff edit knowledge/lexicon/ and the bot follows: each test copies the repository's lexicon, changes one file,
/// and puts it in use (alone: the lexicon in use is shared by the whole process), then restores the original.
/// </summary>
[Collection(nameof(LexiconCollection))]
public sealed class LexiconFilesTests
{
    private static readonly Passage[] Passages =
    [
        MadeUpPassages.Passage(1, "Otopet listrik di taman", "Otopet listrik boleh dipakai di jalur khusus taman kota pada pagi hari."),
        MadeUpPassages.Passage(2, "Layanan perpustakaan", "Layanan perpustakaan keliling menjangkau desa terpencil."),
        .. MadeUpPassages.Fillers,
    ];

    [Fact]
    public void A_synonym_added_to_sinonim_txt_expands_the_question()
    {
        const string question = "di mana sepeda setrum boleh dipakai?";
        using (var original = TemporaryLexicon.InUse(_ => { }))
        {
            var index = KnowledgeIndex.Build(Passages);
            Assert.DoesNotContain(index.Analyze(question).Terms, t => t.Options.Skip(1).Any(o => o.Any(p => p.Contains("otopet"))));
        }
        using (TemporaryLexicon.InUse(folder => File.AppendAllText(Path.Combine(folder, "sinonim.txt"), "\nsepeda setrum, otopet listrik\n")))
        {
            var index = KnowledgeIndex.Build(Passages);
            var term = index.Analyze(question).Terms.Single(t => t.Words == "sepeda setrum");
            Assert.Equal(1f, term.OptionWeights[0]);
            Assert.Equal(["otopet", "listrik"], term.Options[1].Select(p => p[0]));
            Assert.True(term.OptionWeights[1] < 1f);
            Assert.Equal("Otopet listrik di taman", index.Search(question)[0].Passage.Heading);
        }
    }

    [Fact]
    public void A_stop_word_added_to_kata_henti_txt_stops_counting()
    {
        using (TemporaryLexicon.InUse(_ => { }))
        {
            var index = KnowledgeIndex.Build(Passages);
            Assert.Contains(index.Analyze("layanan taman").Terms, t => t.Words == "layanan");
            Assert.Contains("layanan", KnowledgeIndex.TermsOf("layanan perpustakaan"));
        }
        using (TemporaryLexicon.InUse(folder => File.AppendAllText(Path.Combine(folder, "kata-henti.txt"), "\nlayanan\n")))
        {
            var index = KnowledgeIndex.Build(Passages);
            Assert.DoesNotContain(index.Analyze("layanan taman").Terms, t => t.Words == "layanan");
            Assert.DoesNotContain("layanan", KnowledgeIndex.TermsOf("layanan perpustakaan"));
        }
    }

    [Fact]
    public void A_stop_word_file_change_changes_the_index_fingerprint()
    {
        var knowledge = Directory.CreateTempSubdirectory("knowledge-");
        try
        {
            TemporaryLexicon.CopyTo(Path.Combine(knowledge.FullName, Lexicon.FolderName));
            var before = KnowledgeIndex.Fingerprint(knowledge.FullName);
            File.AppendAllText(Path.Combine(knowledge.FullName, Lexicon.FolderName, "kata-henti.txt"), "\nlayanan\n");
            Assert.NotEqual(before, KnowledgeIndex.Fingerprint(knowledge.FullName));
        }
        finally { knowledge.Delete(recursive: true); }
    }

    [Fact]
    public void Cue_files_drive_question_shapes()
    {
        using (TemporaryLexicon.InUse(_ => { }))
        {
            Assert.Equal(AnswerType.None, AnswerTypes.Of("bilamana festival itu"));
            Assert.Null(QuestionCues.DefinitionSubject("makna quick win"));
            Assert.False(QuestionCues.IsFactCheck("sahihkah festival itu gratis"));
        }
        using (TemporaryLexicon.InUse(folder =>
        {
            File.AppendAllText(Path.Combine(folder, "tanya-tanggal.txt"), "\nbilamana\n");
            File.AppendAllText(Path.Combine(folder, "kata-definisi.txt"), "\nmakna\n");
            File.AppendAllText(Path.Combine(folder, "tanya-kebenaran.txt"), "\nsahihkah\n");
        }))
        {
            Assert.Equal(AnswerType.Date, AnswerTypes.Of("bilamana festival itu"));
            Assert.Equal("quick win", QuestionCues.DefinitionSubject("makna quick win"));
            Assert.True(QuestionCues.IsFactCheck("sahihkah festival itu gratis"));
        }
        // The repository's lexicon is back: the shapes read its words again.
        Assert.Equal(AnswerType.None, AnswerTypes.Of("bilamana festival itu"));
    }

    [Fact]
    public void An_informal_word_added_to_informal_txt_is_made_formal()
    {
        using (TemporaryLexicon.InUse(folder => File.AppendAllText(Path.Combine(folder, "informal.txt"), "\nmasplan => masterplan\n")))
            Assert.Equal("kapan masterplan dikumpulkan?", InformalIndonesian.Normalize("Kapan masplan dikumpulin?"));
        Assert.Equal("kapan masplan dikumpulkan?", InformalIndonesian.Normalize("Kapan masplan dikumpulin?"));
    }

    [Fact]
    public void A_correction_word_added_to_koreksi_isian_txt_marks_a_correction()
    {
        const string text = "kepencet, nama: Budi Santoso";
        Assert.Null(SmartCity.Bot.Collaboration.FieldCorrection.Read(text, "organisation"));
        using (TemporaryLexicon.InUse(folder => File.AppendAllText(Path.Combine(folder, "koreksi-isian.txt"), "\nkepencet\n")))
            Assert.Equal<(string, string)?>(("name", "Budi Santoso"), SmartCity.Bot.Collaboration.FieldCorrection.Read(text, "organisation"));
        Assert.Null(SmartCity.Bot.Collaboration.FieldCorrection.Read(text, "organisation"));
    }

    [Fact]
    public void A_request_for_more_added_to_lanjutan_rinci_txt_asks_for_more_of_the_topic()
    {
        const string text = "kupas lebih dalam";
        Assert.False(TopicFollowUp.AsksForMore(text));
        using (TemporaryLexicon.InUse(folder => File.AppendAllText(Path.Combine(folder, "lanjutan-rinci.txt"), "\nkupas lebih dalam\n")))
        {
            Assert.True(TopicFollowUp.AsksForMore(text));
            Assert.True(TopicFollowUp.AsksFacet(text)); // a request for more is also a facet of what was said
        }
        Assert.False(TopicFollowUp.AsksForMore(text));
    }

    private sealed class TemporaryLexicon(Lexicon previous, DirectoryInfo folder) : IDisposable
    {
        private static readonly string Repository = Path.Combine(RepoPaths.Knowledge, Lexicon.FolderName);

        /// <summary>A copy of the repository's lexicon, edited by <paramref name="edit"/>, in use until disposed.</summary>
        public static TemporaryLexicon InUse(Action<string> edit)
        {
            var folder = Directory.CreateTempSubdirectory("lexicon-");
            CopyTo(folder.FullName);
            edit(folder.FullName);
            var previous = Lexicon.Current;
            Lexicon.Current = Lexicon.Load(folder.FullName);
            return new TemporaryLexicon(previous, folder);
        }

        public static void CopyTo(string target)
        {
            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(Repository)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        public void Dispose()
        {
            Lexicon.Current = previous;
            folder.Delete(recursive: true);
        }
    }
}
