using System.Text.Json;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// The evidence floor and near-tie ratio as last derived with `intents --calibrate` (knowledge/understanding/calibration.json).
/// Both are edges of the out-of-fold readings, and the near-tie one sits where the runner-up's share of right readings
/// flattens out toward one half: a few examples added or dropped moved it between 0.85 and 0.91 (sd 0.02 over ten
/// retrainings without ten examples), and every close call with it — an example added for one intent cost turns of
/// another. Pinned, the thresholds change only when staff re-derive them: `intents --calibrate` takes the median over
/// retrainings each without a random twentieth of the examples, which is the estimate the single training only
/// approximates; `intents` prints the live figures beside the pinned ones so a drift is seen.
/// </summary>
public sealed record PinnedCalibration(double EvidenceFloor, double CloseRatio, int Examples, string Derived)
{
    public const string FileName = "calibration.json";
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <summary>The pinned thresholds in <paramref name="folder"/>, or null when none were derived (the live ones are used).</summary>
    public static PinnedCalibration? Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<PinnedCalibration>(File.ReadAllText(path), Json) : null;
    }

    public void Save(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>The training's calibration with these thresholds in place of its own (its readings and live figures kept).</summary>
    public IntentCalibration Apply(IntentCalibration live) => live with { EvidenceFloor = EvidenceFloor, CloseRatio = CloseRatio, Pinned = true };
}
