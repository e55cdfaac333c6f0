using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace AlignmentBot.Channels.Slack.Tests.StandIn;

/// <summary>The server end of one Socket Mode connection: pushes envelopes and records what the client acknowledged.</summary>
public sealed class StandInSocket(int ticket, WebSocket socket)
{
    private readonly Channel<string> _outgoing = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Ticket { get; } = ticket;

    /// <summary>How many other sockets were still open when this one was accepted.</summary>
    public int OthersOpenWhenAccepted { get; init; }

    public ConcurrentQueue<JsonObject> Acks { get; } = new();

    public Task Closed => _closed.Task;

    /// <summary>True when the client closed the socket politely (a close frame), not by dropping it.</summary>
    public bool ClosedByClient { get; private set; }

    public bool IsOpen => socket.State == WebSocketState.Open && !_closed.Task.IsCompleted;

    public void Send(JsonObject message) => _outgoing.Writer.TryWrite(message.ToJsonString());

    public string SendEnvelope(string type, JsonObject payload, bool acceptsResponsePayload = false, string? envelopeId = null)
    {
        var id = envelopeId ?? Guid.NewGuid().ToString("N");
        Send(new JsonObject
        {
            ["envelope_id"] = id,
            ["type"] = type,
            ["payload"] = payload,
            ["accepts_response_payload"] = acceptsResponsePayload,
        });
        return id;
    }

    public void SendDisconnect(string reason) => Send(new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "standin" } });

    /// <summary>Drops the connection without a close handshake, as a network failure would.</summary>
    public void Abort()
    {
        socket.Abort();
        _closed.TrySetResult();
    }

    public async Task<JsonObject> WaitForAckAsync(string envelopeId, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var ack = Acks.FirstOrDefault(a => a["envelope_id"]?.ToString() == envelopeId);
            if (ack is not null)
            {
                return ack;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"No ack for envelope {envelopeId} on socket {Ticket}");
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        Send(new JsonObject
        {
            ["type"] = "hello",
            ["num_connections"] = 1,
            ["connection_info"] = new JsonObject { ["app_id"] = "A1" },
            ["debug_info"] = new JsonObject { ["host"] = "standin", ["approximate_connection_time"] = 18060 },
        });
        var sender = Task.Run(
            async () =>
            {
                await foreach (var text in _outgoing.Reader.ReadAllAsync(cancellationToken))
                {
                    if (socket.State != WebSocketState.Open)
                    {
                        break;
                    }

                    await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);
                }
            },
            cancellationToken);

        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = 0;
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, received, buffer.Length - received), cancellationToken);
                    received += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClosedByClient = true;
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    break;
                }

                if (JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, received)) is JsonObject ack)
                {
                    Acks.Enqueue(ack);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            _outgoing.Writer.TryComplete();
            _closed.TrySetResult();
        }

        await sender.ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
