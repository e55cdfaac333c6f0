using System.Net;
using System.Net.Sockets;

namespace AlignmentBot.Testing;

/// <summary>Ports for child processes (a host, a Bolt app) that bind them a moment after the test picks one.</summary>
public static class LoopbackPort
{
    /// <summary>
    /// A loopback port that is free now and that the kernel does not hand out itself. Its ephemeral range starts at
    /// 32768, so between this check and the child's bind, an outgoing connection could take such a port, and the
    /// child would fail to start. The scale-out hosts' PostgreSQL pools open dozens of connections.
    /// </summary>
    public static int Free()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        throw new InvalidOperationException("No free loopback port between 20000 and 32000.");
    }
}
