using ActorMoo.Net.Telnet.Negotiation;

namespace ActorMoo.Net.Tests.Telnet.Negotiation;

public sealed class QMethodSideTests
{
    [Fact]
    public void An_accepted_offer_must_be_agreed_once_and_repeats_must_be_ignored()
    {
        var side = default(QMethodSide);

        Assert.Equal(QReply.Positive, side.ReceivedPositive(accept: true));
        Assert.True(side.Enabled);
        Assert.Equal(QReply.None, side.ReceivedPositive(accept: true));
    }

    [Fact]
    public void An_unwanted_offer_must_be_refused_and_its_withdrawal_not_answered()
    {
        var side = default(QMethodSide);

        Assert.Equal(QReply.Negative, side.ReceivedPositive(accept: false));
        Assert.Equal(QReply.None, side.ReceivedNegative());
        Assert.False(side.Enabled);
    }

    [Fact]
    public void Our_request_must_be_sent_once_and_its_answer_must_not_be_answered()
    {
        var side = default(QMethodSide);

        Assert.Equal(QReply.Positive, side.RequestEnable());
        Assert.Equal(QReply.None, side.RequestEnable());
        Assert.Equal(QReply.None, side.ReceivedPositive(accept: false));
        Assert.True(side.Enabled);
    }

    [Fact]
    public void A_refusal_of_our_request_must_leave_the_option_off_without_reply()
    {
        var side = default(QMethodSide);
        side.RequestEnable();

        Assert.Equal(QReply.None, side.ReceivedNegative());
        Assert.False(side.Enabled);
    }

    [Fact]
    public void Changing_our_mind_while_a_request_is_pending_must_queue_one_opposite_request()
    {
        var side = default(QMethodSide);
        side.RequestEnable();

        Assert.Equal(QReply.None, side.RequestDisable());
        Assert.Equal(QReply.Negative, side.ReceivedPositive(accept: true));
        Assert.Equal(QReply.None, side.ReceivedNegative());
        Assert.False(side.Enabled);
    }

    [Fact]
    public void A_peer_alternating_offers_must_get_exactly_one_reply_per_change()
    {
        var side = default(QMethodSide);
        int replies = 0;
        for (int i = 0; i < 100; i++)
        {
            replies += side.ReceivedPositive(accept: true) == QReply.None ? 0 : 1;
            replies += side.ReceivedPositive(accept: true) == QReply.None ? 0 : 1;
            replies += side.ReceivedNegative() == QReply.None ? 0 : 1;
        }

        Assert.Equal(200, replies);
    }
}
