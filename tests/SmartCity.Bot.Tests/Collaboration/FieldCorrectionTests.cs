using SmartCity.Bot.Collaboration;

namespace SmartCity.Bot.Tests.Collaboration;

/// <summary>
/// A correction typed while a request is written one question at a time names the field it corrects (or carries an
/// address or number, which is the contact); an answer to the pending question, or a correction of that same field,
/// is no correction of an earlier one. Worded apart from the tuning sets.
/// </summary>
public sealed class FieldCorrectionTests
{
    [Theory]
    [InlineData("ralat, alamat surel saya budi.s@contoh.id", "topic", "contact", "budi.s@contoh.id")]
    [InlineData("maaf keliru, nomor hp yang benar 0813 2222 3333", "topic", "contact", "+6281322223333")]
    [InlineData("nama tadi typo: Budi Santoso", "organisation", "name", "Budi Santoso")]
    [InlineData("instansinya salah tulis, Dinas Kominfo Garut", "contact", "organisation", "Dinas Kominfo Garut")]
    public void A_correction_names_its_field_and_value(string text, string pending, string field, string value)
    {
        var read = FieldCorrection.Read(text, pending);
        Assert.NotNull(read);
        Assert.Equal(field, read.Value.Field);
        Assert.Equal(value, read.Value.Value);
    }

    [Theory]
    [InlineData("PT Salah Satu Solusi", "organisation")] // a name holding a correction word, no field named
    [InlineData("Budi Santoso", "organisation")]
    [InlineData("email saya salah kemarin, sekarang budi@contoh.id", "contact")] // the pending field itself
    public void An_answer_to_the_pending_question_is_no_correction(string text, string pending) =>
        Assert.Null(FieldCorrection.Read(text, pending));
}
