using System.Globalization;
using System.Text;

namespace LiaisonBot.Storage;

/// <summary>Turns arbitrary ids (Teams ids hold ':' and '@'; some hold '/') into legal, reversible table keys.</summary>
public static class Keys
{
    /// <summary>
    /// Percent-encodes the characters Azure forbids in PartitionKey/RowKey ('/', '\\', '#', '?', control characters)
    /// and '%' itself, so two different ids never share a key.
    /// </summary>
    public static string Escape(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!id.Any(NeedsEscape))
        {
            return id;
        }

        var sb = new StringBuilder(id.Length + 8);
        foreach (var c in id)
        {
            if (NeedsEscape(c))
            {
                sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>A row key that sorts newest first (Company Communicator's trick), unique within a tick.</summary>
    public static string NewestFirst(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
