namespace LiaisonBot.Features.ChannelReports;

/// <summary>One piece of a page: a section's text, or part of it; <see cref="Continued"/> when the section began on an earlier page.</summary>
public sealed record PagePart(string SectionKey, string Text, bool Continued);
