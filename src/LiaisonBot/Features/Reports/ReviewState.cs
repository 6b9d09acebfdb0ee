namespace LiaisonBot.Features.Reports;

/// <summary>
/// A report as its reviewer (核实) sees it: submitted and waiting, verified (it counts in the duty file), or returned with
/// a reason for the author to correct and resubmit.
/// </summary>
public enum ReviewState
{
    Submitted,
    Verified,
    Returned,

    /// <summary>Recorded by an organiser, and the member says it is wrong: back with the organiser to remove or keep.</summary>
    Disputed,
}
