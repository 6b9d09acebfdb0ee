namespace LiaisonBot.Features.Broadcasts;

public static class BroadcastVerbs
{
    public const string Compose = "broadcast";
    public const string List = "broadcasts";
    public const string Preview = "broadcast.preview";
    public const string Send = "broadcast.send";
    public const string Edit = "broadcast.edit";
    public const string Update = "broadcast.update";
    public const string Status = "broadcast.status";
    public const string Detail = "broadcast.detail";
    public const string Remind = "broadcast.remind";
    public const string Recall = "broadcast.recall";
    public const string RecallConfirm = "broadcast.recallConfirm";
    public const string Cancel = "broadcast.cancel";
    public const string Ack = "broadcast.ack";
    public const string View = "broadcast.view";

    public const string Id = "id";
    public const string Editing = "editing";
}
