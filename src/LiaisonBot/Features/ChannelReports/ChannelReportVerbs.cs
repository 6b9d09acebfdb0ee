namespace LiaisonBot.Features.ChannelReports;

/// <summary>The card verbs and data keys of channel links and group reports.</summary>
public static class ChannelReportVerbs
{
    public const string Link = "linkgroup";
    public const string Channels = "groupchannels";
    public const string Unlink = "channel.unlink";
    public const string UnlinkConfirm = "channel.unlinkConfirm";

    public const string Compose = "groupreport";
    public const string Overview = "groupreportlist";
    public const string Ours = "greport.ours";
    public const string Save = "greport.save";
    public const string Preview = "greport.preview";
    public const string Publish = "greport.publish";
    public const string Open = "greport.open";
    public const string Edit = "greport.edit";
    public const string Correct = "greport.correct";
    public const string Full = "greport.full";
    public const string Summary = "greport.summary";
    public const string History = "greport.history";

    public const string Id = "id";
    public const string Group = "group";
    public const string ETag = "etag";
    public const string Correcting = "correcting";
    public const string Page = "page";
    public const string Version = "v";
    public const string KindFilter = "kindFilter";
}
