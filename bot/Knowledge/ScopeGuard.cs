using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Tells the programme's topics from everything else. A question is declined when it names an unrelated
/// subject (weather, football, trains, translation, politics …) and nothing of the programme, or when it names
/// nothing of the programme and the documents do not cover it.
/// </summary>
public static partial class ScopeGuard
{
    public static bool MentionsProgramme(string normalized) => Programme().IsMatch(normalized);

    public static bool NamesOtherSubject(string normalized) => OtherSubjects().IsMatch(normalized);

    public static bool IsThanks(string normalized) => Thanks().IsMatch(normalized);

    [GeneratedRegex(@"\b(smart\s*city|smartcity|kota cerdas|gmsc|gerakan menuju|pilar|dimensi|masterplan|master plan|rencana induk|quick\s*win|program (unggulan|percepatan)|bimtek|bimbingan teknis|kominfo|komdigi|kemkominfo|kemenkominfo|aptika|laip|peserta|angkatan|kabupaten|kab|kota|daerah|pemda|pemkot|pemkab|asesor|assessment|asesmen|seleksi|penghargaan|award|awarding|mou|nota kesepa(katan|haman)|governance|branding|economy|living|society|environment|program|evaluasi|penilaian|kriteria|syarat|tahapan|rpjmd|ascn|ikn)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Programme();

    [GeneratedRegex(@"\b(cuaca|hujan|prakiraan|suhu|ramalan|gempa|sepak\s*bola|bola|gol|piala dunia|liga|pertandingan|skor|timnas|klub|persib|persija|kereta|krl|mrt|lrt|commuter|stasiun|tiket|pesawat|penerbangan|bandara|bus|travel|jadwal (keberangkatan|kereta|pesawat|bus|film|sholat|salat)|terjemah\w*|translate|bahasa (inggris|arab|jepang|mandarin|jawa|sunda)|politik|pemilu|pilpres|pileg|pilkada|partai|capres|cawapres|caleg|koalisi|oposisi|resep|masak\w*|saham|kurs|dolar|bitcoin|kripto|crypto|film|lagu|musik|zodiak|horoskop|game|togel|lotre|pacar|jodoh|diet|obat|dokter|puisi|pantun)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherSubjects();

    [GeneratedRegex(@"^\s*(terima\s*kasih|terimakasih|makasih|trims|thanks|thank you|thx|ok(e|ay)?|sip|siap|mantap|baik)\b[\s\w!.]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Thanks();
}
