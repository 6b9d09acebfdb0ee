using System.Net;

namespace LiaisonBot.Protocol.Connector;

/// <summary>
/// A connector call answered with a non-success status (after any retries). <see cref="ErrorCode"/> is the Teams code
/// from the error body, e.g. <c>ConversationBlockedByUser</c> (bot-protocol.md §4.3); <see cref="RetryAfter"/> is set when
/// the service asked us to wait longer than we retry in-process.
/// </summary>
public sealed class ConnectorException(
    string operation,
    HttpStatusCode statusCode,
    string? errorCode,
    string? errorMessage,
    TimeSpan? retryAfter,
    string? operationId,
    Exception? innerException = null)
    : Exception($"{operation} failed: {(int)statusCode} {errorCode ?? statusCode.ToString()}", innerException)
{
    public HttpStatusCode StatusCode { get; } = statusCode;
    public string? ErrorCode { get; } = errorCode;
    public string? ErrorMessage { get; } = errorMessage;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The <c>X-Correlating-OperationId</c> response header: quote it to Microsoft support.</summary>
    public string? OperationId { get; } = operationId;
}
