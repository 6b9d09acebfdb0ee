namespace LiaisonBot.Features.Reports;

/// <summary>The card verbs and data keys of the Reports feature.</summary>
public static class ReportVerbs
{
    public const string Report = "report";
    public const string Mine = "myreports";
    public const string Group = "groupreports";
    public const string All = "allreports";
    public const string Submit = "report.submit";
    public const string Open = "report.open";
    public const string Edit = "report.edit";
    public const string Withdraw = "report.withdraw";
    public const string WithdrawConfirm = "report.withdrawConfirm";
    public const string ToVerify = "toverify";
    public const string Verify = "report.verify";
    public const string Return = "report.return";
    public const string ReturnConfirm = "report.returnConfirm";
    public const string RecordFor = "recordfor";
    public const string Record = "report.record";
    public const string Dispute = "report.dispute";
    public const string DisputeConfirm = "report.disputeConfirm";
    public const string Remove = "report.remove";
    public const string Keep = "report.keep";

    public const string FormId = "formId";
    public const string ReportId = "reportId";
    public const string ETag = "etag";
    public const string Page = "page";
    public const string GroupCode = "group";
    public const string Reason = "reason";
    public const string Author = "author";
}
