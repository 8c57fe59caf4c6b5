import type { LanguagePack } from './pack';

// English: first person, plain and friendly business prose; contractions in warm and neutral, fewer in firm.

export const EN: LanguagePack = {
  frame: {
    base: `[greeting]
Hello {{client.firstName}},
| Hello,
[offer]
Here is what I can offer:
On this point, I can offer:
[ask]
Could you let me know by {{reply.by}} how you would like to proceed on each point?
[close]
Thank you, and I look forward to continuing our work together.
[sign]
Best regards,
{{provider.signature}}
| {{provider.name}}`,
    tones: {
      warm: `[greeting]
Hi {{client.firstName}},
| Hi there,
[offer]
Here's what I can do:
On this one, here's what I can do:
[sign]
Warm regards,
{{provider.signature}}
| {{provider.name}}`,
      firm: `[greeting]
Dear {{client.firstName}},
| Dear {{client.name}} team,
| Hello,
[offer]
These are the options:
On this point, the options are:
[sign]
Kind regards,
{{provider.signature}}
| {{provider.name}}`,
    },
  },

  scope_change: {
    base: `[ack]
Thank you for suggesting the {{scope.item}} — I can see how it would help.
| Thank you for the suggestion — I can see how it would help.
[limit]
It goes beyond what we agreed, though: clause {{clause.number}} sets the scope as "{{clause.text}}"
|? Our agreement ({{agreement.title}}) doesn't say how extra work is handled, so I propose we treat it as a separate, written change order.
|? As we have no written terms for extra work yet, I propose we handle it as a separate, written change order.
The agreed deliverables are: {{scope.deliverables}}.
[facts]
Work outside that scope is billed at {{change.rate}}.
[option]
A written change order at {{change.rate}}: I send you an estimate, and work starts once you approve it.
| A written change order: I send you a fixed estimate, and work starts once you approve it.
[option]
A second phase after the current work is delivered, so today's timeline stays as it is.
[option]
A simplified version that fits inside the current scope.
[ask]
Which of these would you prefer — could you let me know by {{reply.by}}?
[close]
Either way, the work already agreed stays on track.`,
    tones: {
      warm: `[ack]
Thanks so much for thinking of the {{scope.item}} — it's a great idea, and I can see how it would help.
| Thanks so much for the idea — I can see how it would help.
[close]
I'd love to help the project grow, and either way the work already agreed stays on track.`,
      firm: `[ack]
Thank you for your request regarding the {{scope.item}}.
| Thank you for your request.
[close]
Once I have your decision, I will plan the work accordingly.`,
    },
  },

  after_hours_urgency: {
    base: `[ack]
I understand this is urgent, and I want it sorted as much as you do.
[limit]
Your message reached me on {{hours.sentLocal}}, outside my working hours.
| Your message reached me outside my working hours.
As set out in clause {{clause.number}}: "{{clause.text}}"
|? Our agreement ({{agreement.title}}) doesn't set working hours yet, so I propose we keep urgent requests to my working hours unless we agree otherwise.
|? As we haven't set working hours in writing, I propose we keep urgent requests to my working hours unless we agree otherwise.
[facts]
My working hours are {{hours.working}}.
The first slot I can give this is {{hours.nextSlot}} ({{hours.nextSlotClient}} your time).
| The first slot I can give this is {{hours.nextSlot}}.
[option]
I start on it on {{hours.nextSlot}} and send you an update that same morning.
| I start on it first thing in my next working slot and send you an update that same morning.
[option]
If it cannot wait, I can treat it as out-of-hours work at {{hours.afterHoursRate}} my usual rate, as our agreement provides.
[option]
A short call at the start of that slot to agree priorities, so nothing is lost in the meantime.
[ask]
Shall I book it for {{hours.nextSlot}}?
| Could you let me know by {{reply.by}} which option works for you?
[close]
Thank you for your understanding — we will get this fixed properly.`,
    tones: {
      warm: `[ack]
I completely understand this feels urgent, and I want it sorted as much as you do.
[close]
Thanks so much for your understanding — we'll get this fixed properly.`,
      firm: `[ack]
I understand the request is urgent.
[close]
I will pick this up in my next working slot.`,
    },
  },

  rush_deadline: {
    base: `[ack]
Thank you for letting me know about the new date — I understand the pressure on your side.
[limit]
Delivering earlier means moving other commitments and adding resources, which clause {{clause.number}} covers: "{{clause.text}}"
|? Our agreement ({{agreement.title}}) has no terms for an earlier delivery, so I would need to quote it separately before committing to a new date.
|? As we have no written terms for an earlier delivery, I would need to quote it separately before committing to a new date.
[facts]
The rush fee is {{rush.percent}} of the fee, that is {{rush.fee}}.
| The rush fee is {{rush.percent}} of the fee.
[option]
Everything by your new date, with the rush fee of {{rush.fee}}.
| Everything by your new date, with the rush fee of {{rush.percent}}.
[option]
A first release by your date with the essentials, and the rest on the original schedule at no extra cost.
[option]
The original delivery date, {{agreement.end}}, with everything included as planned.
| The original schedule, with everything included as planned.
[ask]
Which of these works best for you — could you tell me by {{reply.by}}?
[close]
Whichever you choose, I'll make sure the launch goes smoothly.`,
    tones: {
      warm: `[ack]
Thanks for the heads-up about the new date — I really do understand the pressure you're under.
[close]
Whichever you choose, I'll do everything I can to make the launch a success.`,
      firm: `[ack]
Thank you for your message about the new date.
[close]
Once I have your decision, I will confirm the plan in writing.`,
    },
  },

  payment_delay: {
    steps: {
      friendly: `[ack]
Thank you for your message, and I hope all is well on your side.
[limit]
Just a friendly reminder that invoice {{invoice.number}} for {{invoice.amount}} was due on {{invoice.dueAt}}, {{invoice.overdueDays}} days ago.
| Just a friendly reminder that invoice {{invoice.number}} for {{invoice.amount}} is due on {{invoice.dueAt}}.
| Just a friendly reminder about the open invoice.
The payment terms are in clause {{clause.number}}: "{{clause.text}}"
|? Our agreement ({{agreement.title}}) doesn't set a payment term, so I propose we agree on a payment date together.
|? As we haven't set a payment term in writing, I propose we agree on a payment date together.
[option]
Payment of the full {{invoice.amount}} by {{reply.by}}.
| Payment of the invoice by {{reply.by}}.
[option]
Two instalments: {{invoice.planFirst}} by {{invoice.planFirstDate}} and {{invoice.planSecond}} by {{invoice.planSecondDate}}.
| Two instalments, the first by {{invoice.planFirstDate}} and the second by {{invoice.planSecondDate}}.
[ask]
Could you let me know by {{reply.by}} which of these suits you?
[close]
Thanks so much — it's a pleasure working with you.`,
      firm: `[ack]
Thank you for your message.
[limit]
Invoice {{invoice.number}} for {{invoice.amount}} was due on {{invoice.dueAt}} and is now {{invoice.overdueDays}} days overdue.
| Invoice {{invoice.number}} for {{invoice.amount}} is overdue.
| The open invoice is overdue.
Clause {{clause.number}} of our agreement states: "{{clause.text}}"
|? Our agreement ({{agreement.title}}) doesn't set a payment term, so I propose we settle this with a firm payment date.
|? As we haven't set a payment term in writing, I propose we settle this with a firm payment date.
[facts]
The late fee to date under the agreement is {{invoice.lateFee}}, which brings the total to {{invoice.total}}.
[option]
Payment of {{invoice.total}} by {{reply.by}}.
| Payment of {{invoice.amount}} by {{reply.by}}.
| Payment of the invoice by {{reply.by}}.
[option]
Two instalments: {{invoice.planFirst}} by {{invoice.planFirstDate}} and {{invoice.planSecond}} by {{invoice.planSecondDate}}.
| Two instalments, the first by {{invoice.planFirstDate}} and the second by {{invoice.planSecondDate}}.
[ask]
Can you confirm by {{reply.by}} which of these you will go with?
[close]
I value our work together and would like to settle this so we can keep going.`,
      final: `[ack]
I am writing once more about the open invoice, which remains unpaid although I have already written to you about it.
[limit]
Invoice {{invoice.number}} was due on {{invoice.dueAt}} and is now {{invoice.overdueDays}} days overdue; with the late fee of {{invoice.lateFee}}, the amount due is {{invoice.total}}.
| Invoice {{invoice.number}} for {{invoice.amount}} was due on {{invoice.dueAt}} and is now {{invoice.overdueDays}} days overdue.
| Invoice {{invoice.number}} for {{invoice.amount}} is still unpaid.
| The open invoice is still unpaid.
Clause {{clause.number}} states: "{{clause.text}}"
[facts]
As our agreement provides, work will be paused on {{invoice.stopWorkDate}} if the invoice is still unpaid, and resumed as soon as payment arrives.
| As our agreement provides, work is paused once an invoice is {{invoice.stopWorkAfterDays}} days overdue, and resumed as soon as payment arrives.
|? Our agreement ({{agreement.title}}) doesn't say what happens to the work when an invoice stays unpaid, so I propose to pause new work from {{reply.by}} until it is settled.
|? As we have nothing in writing about unpaid invoices, I propose to pause new work from {{reply.by}} until it is settled.
[option]
Payment of {{invoice.total}} by {{reply.by}}.
| Payment of {{invoice.amount}} by {{reply.by}}.
| Payment of the invoice by {{reply.by}}.
[option]
Two instalments: {{invoice.planFirst}} by {{invoice.planFirstDate}} and {{invoice.planSecond}} by {{invoice.planSecondDate}}.
| Two instalments, the first by {{invoice.planFirstDate}} and the second by {{invoice.planSecondDate}}.
[ask]
Can you confirm by {{reply.by}} how you will settle it?
[close]
I would much rather keep the project moving, and I am confident we can resolve this quickly.`,
    },
    tones: {
      warm: `[close]
Thanks so much for sorting this out — I really enjoy working with you.`,
      firm: `[close]
I look forward to your confirmation.`,
    },
  },

  discount_pressure: {
    base: `[ack]
Thank you for being open about the budget — that helps us find something that works.
[limit]
The fee reflects the work involved, as set out in clause {{clause.number}}: "{{clause.text}}"
| My fee reflects the work involved, and I keep it the same for every client.
[facts]
The agreed fee is {{fee.amount}} ({{scope.deliverables}}).
| The agreed fee is {{fee.amount}}.
[option]
A smaller scope that fits your budget: we keep what matters most and set the rest aside.
[option]
A phased plan: we start with the essentials now and add the rest in a second phase when the budget allows.
[ask]
Which would you like to explore — could you let me know by {{reply.by}}?
[close]
I want this to work for you, and I am confident one of these will.`,
    tones: {
      warm: `[ack]
Thanks so much for being open about the budget — it really helps us find something that works.
[close]
I'd love to make this work for you, and I'm sure one of these will.`,
      firm: `[ack]
Thank you for your message about the budget.
[close]
The price for the agreed scope stays as it is; within that, I am glad to adapt the plan.`,
    },
  },

  endless_revisions: {
    base: `[ack]
Thank you for the feedback — I want the result to feel right to you.
[limit]
This would be revision round {{rounds.used}}, and our agreement includes {{rounds.included}}.
| Our agreement includes {{rounds.included}} rounds of revisions.
Clause {{clause.number}} says: "{{clause.text}}"
|? Our agreement ({{agreement.title}}) doesn't set a number of revision rounds, so I propose we wrap up the changes in one final, consolidated round.
|? As we haven't set a number of revision rounds in writing, I propose we wrap up the changes in one final, consolidated round.
[facts]
Each extra round is {{rounds.extraRate}}.
[option]
Extra rounds at {{rounds.extraRate}} each, beyond the {{rounds.included}} included.
| Extra rounds billed at {{change.rate}}.
|? Extra rounds at a price we agree in writing before I start them.
[option]
One consolidated final list: you send me every remaining change at once, and I make them in a single last round.
[ask]
Which would you prefer — could you let me know by {{reply.by}}?
[close]
We are close to the finish line, and I want to get us there together.`,
    tones: {
      warm: `[ack]
Thanks so much for the feedback — I really want the result to feel right to you.
[close]
We're so close to the finish line, and I'd love to get us there together.`,
      firm: `[ack]
Thank you for the new round of feedback.
[close]
Once I have your decision, I will schedule the work.`,
    },
  },

  indecisive_reversal: {
    base: `[ack]
Thank you for telling me — it's good to hear your thinking before we go further.
[limit]
We moved ahead on the direction you approved, and clause {{clause.number}} covers changes to approved work: "{{clause.text}}"
|? Our agreement ({{agreement.title}}) doesn't cover changes to approved work, so I propose we handle this as a written change order with its own estimate.
|? As we have no written terms for changes to approved work, I propose we handle this as a written change order with its own estimate.
[facts]
Going back means redoing work already done, which affects both the schedule and the cost; changes are billed at {{change.rate}}.
| Going back means redoing work already done, which affects both the schedule and the cost.
[option]
A change order to switch to the earlier direction, with an estimate at {{change.rate}} and a new date.
| A change order to switch to the earlier direction, with an estimate and a new date.
[option]
We keep the approved direction and bring the elements you liked from the first version into the next revision.
[ask]
Which would you prefer — could you let me know by {{reply.by}}?
[close]
Either way, I'll make sure the final result is one you're happy with.`,
    tones: {
      warm: `[ack]
Thanks so much for sharing this — it's really good to hear your thinking before we go further.
[close]
Either way, I'll make sure you end up with something you love.`,
      firm: `[ack]
Thank you for your message about the change of direction.
[close]
Until I hear from you, I will continue with the approved direction.`,
    },
  },

  client_delay: {
    base: `[ack]
Thank you for the update — I know there is a lot on your plate.
[limit]
To keep to the plan I need {{obligation.what}}, due on {{obligation.due}} and now {{obligation.lateDays}} days late.
| To keep to the plan I need the material we agreed you would provide.
Clause {{clause.number}} covers this: "{{clause.text}}"
|? Our agreement ({{agreement.title}}) doesn't say how delays on either side affect the dates, so I propose that delivery moves by the same number of days.
|? As we haven't set in writing how delays affect the dates, I propose that delivery moves by the same number of days.
[facts]
The dates move by the same amount, so delivery is now {{obligation.newDate}}.
[option]
You send it by {{reply.by}}, and delivery moves to {{obligation.newDate}}.
| You send it by {{reply.by}}, and delivery moves by the same number of days as the delay.
[option]
I carry on with placeholder content now and swap in the final material when it arrives; the final date still depends on it.
[option]
A short call to go through what is missing, so nothing else is held up.
[ask]
Could you send {{obligation.what}} by {{reply.by}}?
| Could you send the missing material by {{reply.by}}?
[close]
Once I have it, we will be back on track quickly.`,
    tones: {
      warm: `[ack]
Thanks for the update — I know you have a lot on your plate right now.
[close]
Once I have it, we'll be back on track in no time.`,
      firm: `[ack]
Thank you for your message.
[close]
The dates will be confirmed as soon as the material arrives.`,
    },
  },

  anti_contract: {
    base: `[ack]
I appreciate your trust, and I like keeping things simple too.
[limit]
Having the terms in writing protects us both: it makes sure scope, dates and payment are never misunderstood.
Our agreement, signed on {{agreement.signedAt}}, applies to this work; clause {{clause.number}} reads: "{{clause.text}}"
| That is why I start and continue work only under written terms.
[option]
A short one-page agreement covering scope, dates and payment, which I can send you today.
[option]
We continue under the agreement signed on {{agreement.signedAt}} and put anything new in a written change order.
[option]
A quick call to go through the terms together, so it takes you minutes rather than an hour.
[ask]
Shall I send you the one-page version to review by {{reply.by}}?
[close]
I look forward to getting started on a clear footing.`,
    tones: {
      warm: `[ack]
I really appreciate your trust, and I like keeping things simple too.
[close]
I'm really looking forward to working together on a clear footing.`,
      firm: `[ack]
Thank you for your message.
[close]
As soon as the terms are in writing, I am ready to continue.`,
    },
  },

  abusive_tone: {
    base: `[ack]
I understand you are frustrated, and I want to fix the problem.
[limit]
I am glad to keep working on it, and we will get there faster if we keep our messages respectful.
Clause {{clause.number}} of our agreement sets out how we work together: "{{clause.text}}"
[option]
A call on {{hours.nextSlot}} to go through the issue together.
| A short call during my working hours to go through the issue together.
[option]
A written summary of the problem and the steps to fix it, which I will send you before then.
[ask]
Would a call on {{hours.nextSlot}} work for you?
| Could we have a short call on {{reply.by}}?
[close]
I am committed to getting this right for you.`,
    tones: {
      warm: `[ack]
I can hear how frustrating this has been, and I really want to fix it.
[close]
I'm committed to getting this right for you.`,
      firm: `[ack]
I understand you are unhappy with the situation.
[limit]
I want to resolve it, and for that our conversation needs to stay respectful.
Clause {{clause.number}} of our agreement sets out how we work together: "{{clause.text}}"
[close]
I will focus on the facts and on solving the problem.`,
    },
  },

  know_it_all: {
    base: `[ack]
Thank you for passing this on — a fresh perspective is always welcome.
[limit]
The approach I am taking follows what we agreed in clause {{clause.number}}: "{{clause.text}}"
It can look quick from the outside, but doing it properly includes testing, edge cases and making sure nothing else breaks.
[option]
A short written rationale for the approach, so you can compare it with the suggestion.
[option]
An alternative within the current scope that takes the suggestion into account, where it fits the goals.
[ask]
Would you like me to send the rationale by {{reply.by}}?
[close]
I'm glad we both care about getting this right.`,
    tones: {
      warm: `[ack]
Thanks for passing this on — I always welcome a fresh perspective.
[close]
I love that we both care this much about getting it right.`,
      firm: `[ack]
Thank you for the suggestion.
[close]
I will keep following the approach we agreed unless we decide otherwise in writing.`,
    },
  },
};
