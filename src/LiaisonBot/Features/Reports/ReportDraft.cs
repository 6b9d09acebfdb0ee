namespace LiaisonBot.Features.Reports;

/// <summary>A report as the member filled it in, already checked by <see cref="ReportForm"/>.</summary>
public sealed record ReportDraft(
    ActivityKind Kind,
    string Title,
    DateOnly Date,
    string? Place,
    string Description,
    string? Outcome,
    IReadOnlyList<string> Participants,
    ReportTask? Task);

/// <summary>The plan task a report is filed for: its key, and its title as the receipt shows it.</summary>
public sealed record ReportTask(string Key, string Title);
