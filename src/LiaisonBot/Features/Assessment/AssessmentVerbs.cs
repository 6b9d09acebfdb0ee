namespace LiaisonBot.Features.Assessment;

public static class AssessmentVerbs
{
    public const string Home = "assessment";
    public const string Scheme = "assessment.scheme";
    public const string Open = "assessment.open";
    public const string OpenConfirm = "assessment.openConfirm";
    public const string Self = "assessment.self";
    public const string SelfSave = "assessment.selfSave";
    public const string SelfSubmit = "assessment.selfSubmit";
    public const string Review = "assessment.review";
    public const string ReviewGroup = "assessment.reviewGroup";
    public const string ReviewSave = "assessment.reviewSave";
    public const string Recompute = "assessment.recompute";
    public const string Approve = "assessment.approve";
    public const string ApproveConfirm = "assessment.approveConfirm";
    public const string Scorecard = "assessment.scorecard";
    public const string Figure = "assessment.figure";
    public const string Ranking = "assessment.ranking";
    public const string Export = "assessment.export";
    public const string Print = "assessment.print";

    public const string Year = "year";
    public const string Group = "group";
    public const string Item = "item";
}
