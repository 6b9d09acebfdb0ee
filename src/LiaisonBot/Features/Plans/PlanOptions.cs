using LiaisonBot.Features.Plans.Import;

namespace LiaisonBot.Features.Plans;

/// <summary>Settings under <c>Plans</c>.</summary>
public sealed class PlanOptions
{
    /// <summary>Hosts a plan file may be downloaded from; Teams puts personal-chat attachments in the user's OneDrive. "*." matches subdomains.</summary>
    public string[] DownloadHosts { get; set; } = ["*.sharepoint.com"];

    /// <summary>The largest plan file accepted, in bytes.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Most task rows in one file: a county's 24 plans have a few hundred.</summary>
    public int MaxTaskRows { get; set; } = 2000;

    /// <summary>The reader's limits, with the two a deployment may want to change taken from these settings.</summary>
    public PlanFileLimits FileLimits => PlanFileLimits.Default with { MaxFileBytes = MaxFileBytes, MaxRows = MaxTaskRows };

    /// <summary>Reminders go to a task's owners this many days before it is due.</summary>
    public int[] RemindDaysBefore { get; set; } = [7, 1];

    /// <summary>"Due soon" in the digest: due within this many days.</summary>
    public int DueSoonDays { get; set; } = 7;
}
