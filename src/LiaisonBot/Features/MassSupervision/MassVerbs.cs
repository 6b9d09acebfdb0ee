namespace LiaisonBot.Features.MassSupervision;

public static class MassVerbs
{
    public const string Home = "supervision";
    public const string New = "supervision.new";
    public const string Create = "supervision.create";
    public const string View = "supervision.view";
    public const string AddBatch = "supervision.batch";
    public const string Void = "supervision.void";
    public const string VoidConfirm = "supervision.voidConfirm";
    public const string Paper = "supervision.paper";
    public const string PaperSave = "supervision.paperSave";
    public const string Close = "supervision.close";
    public const string CloseConfirm = "supervision.closeConfirm";
    public const string Results = "supervision.results";

    public const string Id = "id";
    public const string Batch = "batch";
}
