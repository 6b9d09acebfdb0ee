namespace LiaisonBot.Features.Plans;

/// <summary>The card verbs and data keys of the Plans feature.</summary>
public static class PlanVerbs
{
    public const string MyTasks = "mytasks";
    public const string GroupPlan = "groupplan";
    public const string Plans = "plans";
    public const string Progress = "plan.progress";
    public const string ProgressSave = "plan.progressSave";
    public const string View = "plan.view";
    public const string Publish = "plan.publish";
    public const string EditTask = "plan.editTask";
    public const string SaveTask = "plan.saveTask";
    public const string CancelTask = "plan.cancelTask";

    public const string Task = "task";
    public const string ETag = "etag";
    public const string Group = "group";
    public const string Year = "year";
    public const string Page = "page";
    public const string AllGroups = "*";
}
