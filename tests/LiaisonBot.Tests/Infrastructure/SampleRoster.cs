using LiaisonBot.App;
using LiaisonBot.Features.Roster;

namespace LiaisonBot.Tests.Infrastructure;

/// <summary>samples/roster.csv, the fictional committee, and the people in it that tests act as.</summary>
public static class SampleRoster
{
    public static readonly string Csv = File.ReadAllText(RepoTools.PathOf("samples", "roster.csv"));

    public static readonly Committee Roster = RosterCsv.Parse(new StringReader(Csv)).Roster
        ?? throw new InvalidOperationException("samples/roster.csv does not parse.");

    /// <summary>高浩然: leader of 城关镇联络组 and a Standing Committee member (the playground's current user).</summary>
    public static Member Leader => Roster.ByCode("M001")!;

    /// <summary>孙淑珍: an ordinary member of the same township group.</summary>
    public static Member Member => Roster.ByCode("M004")!;

    /// <summary>谢宗林: secretariat staff, in no group.</summary>
    public static Member Secretariat => Roster.ByCode("S01")!;
}
