using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Hosting;

namespace LiaisonBot.Features.Plans;

/// <summary>Settings under <c>Plans</c>.</summary>
public sealed class PlanOptions : ICheckedOptions
{
    public const string Section = "Plans";

    /// <summary>Most task rows in one file: a county's 24 plans have a few hundred.</summary>
    public int MaxTaskRows { get; set; } = 2000;

    /// <summary>The reader's limits, with the one a deployment may want to change taken from these settings.</summary>
    public PlanFileLimits FileLimits => PlanFileLimits.Default with { MaxRows = MaxTaskRows };

    /// <summary>Reminders go to a task's owners this many days before it is due.</summary>
    public int[] RemindDaysBefore { get; set; } = [7, 1];

    /// <summary>"Due soon" in the digest: due within this many days.</summary>
    public int DueSoonDays { get; set; } = 7;

    // A file past 20,000 rows would outgrow the reader's unpacked-size budget before its row limit.
    public IEnumerable<string> Problems() => Setting.Problems(
        Setting.Between("Plans:MaxTaskRows", MaxTaskRows, 1, 20_000),
        Setting.EachBetween("Plans:RemindDaysBefore", RemindDaysBefore, 0, 365),
        Setting.Between("Plans:DueSoonDays", DueSoonDays, 1, 365));
}
