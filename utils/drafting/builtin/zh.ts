import type { LanguagePack } from './pack';

// Simplified Chinese: 您 throughout, mainland business-mail phrasing (协议, 项目, 发票, 烦请, 祝好).

export const ZH: LanguagePack = {
  frame: {
    base: `[greeting]
{{client.firstName}}，您好！
| 您好！
[offer]
我这边可以提供以下几种方案：
关于这一点，可选方案如下：
[ask]
能否请您在{{reply.by}}之前告诉我，以上各项希望如何推进？
[close]
感谢您的信任，期待我们继续合作。
[sign]
祝好！
{{provider.signature}}
| {{provider.name}}`,
    tones: {
      warm: `[greeting]
{{client.firstName}}，您好！
| 您好！
[offer]
我可以为您提供这几种选择：
关于这一点，我可以提供：
[sign]
祝一切顺利！
{{provider.signature}}
| {{provider.name}}`,
      firm: `[offer]
可选方案如下：
关于这一点，可选方案如下：
[sign]
顺颂商祺
{{provider.signature}}
| {{provider.name}}`,
    },
  },

  scope_change: {
    base: `[ack]
感谢您提出增加“{{scope.item}}”的想法，我能理解它对项目的价值。
| 感谢您的建议，我能理解它对项目的价值。
[limit]
不过，这部分超出了我们约定的范围：第{{clause.number}}条对范围的约定是“{{clause.text}}”
|? 我们的协议（{{agreement.title}}）没有写明额外工作如何处理，我建议将其作为一份单独的书面变更单来处理。
|? 由于我们还没有书面约定额外工作的处理方式，我建议将其作为一份单独的书面变更单来处理。
当前项目包括{{scope.deliverables}}。
[facts]
范围之外的工作按{{change.rate}}计费。
[option]
签一份书面变更单（{{change.rate}}）：我先发给您报价，您确认后即开始。
| 签一份书面变更单：我先发给您固定报价，您确认后即开始。
[option]
放到第二阶段：当前工作交付后再做，现有进度保持不变。
[option]
在现有范围内先做一个简化版本。
[ask]
您倾向于哪种方案？烦请在{{reply.by}}之前告诉我。
[close]
无论选择哪种，已约定的工作都会按计划推进。`,
    tones: {
      warm: `[ack]
非常感谢您想到“{{scope.item}}”，这个想法很好，我也能理解它的价值。
| 非常感谢您的建议，这个想法很好，我也能理解它的价值。
[close]
很乐意帮助项目继续成长；无论选择哪种，已约定的工作都会按计划推进。`,
      firm: `[ack]
感谢您就“{{scope.item}}”提出的需求。
| 感谢您提出的需求。
[close]
收到您的决定后，我会据此安排工作。`,
    },
  },

  after_hours_urgency: {
    base: `[ack]
我理解这件事很紧急，我和您一样希望尽快解决。
[limit]
您的消息是在{{hours.sentLocal}}收到的，已在我的工作时间之外。
| 您的消息是在我的工作时间之外收到的。
第{{clause.number}}条约定：“{{clause.text}}”
|? 我们的协议（{{agreement.title}}）尚未约定工作时间，我建议紧急事项原则上在我的工作时间内处理，另有约定的除外。
|? 由于我们还没有书面约定工作时间，我建议紧急事项原则上在我的工作时间内处理，另有约定的除外。
[facts]
我的工作时间是{{hours.working}}。
我最早可以在{{hours.nextSlot}}处理此事（即您当地时间{{hours.nextSlotClient}}）。
| 我最早可以在{{hours.nextSlot}}处理此事。
[option]
我在{{hours.nextSlot}}第一时间处理，并在当天上午向您同步进展。
| 我在下一个工作时段第一时间处理，并在当天上午向您同步进展。
[option]
如果确实等不及，可以按协议约定作为非工作时间的工作处理，费用为平时费率的{{hours.afterHoursRate}}。
[option]
在该时段开始时简短通个电话，先确定优先事项，确保期间不遗漏任何问题。
[ask]
需要我为您预留{{hours.nextSlot}}这个时段吗？
| 能否请您在{{reply.by}}之前告诉我哪种方案更合适？
[close]
感谢您的理解，我们一定会把问题彻底解决。`,
    tones: {
      warm: `[ack]
完全理解这件事很急，我和您一样希望尽快解决。
[close]
非常感谢您的理解，我们一定会把问题妥善解决。`,
      firm: `[ack]
我理解这个需求比较紧急。
[close]
我会在下一个工作时段处理此事。`,
    },
  },

  rush_deadline: {
    base: `[ack]
感谢您告知新的时间，我理解您那边的压力。
[limit]
提前交付意味着要调整其他工作安排并增加资源，第{{clause.number}}条对此有约定：“{{clause.text}}”
|? 我们的协议（{{agreement.title}}）没有关于提前交付的条款，因此在确认新日期之前，我需要先单独报价。
|? 由于我们没有关于提前交付的书面约定，在确认新日期之前，我需要先单独报价。
[facts]
加急费为费用的{{rush.percent}}，即{{rush.fee}}。
| 加急费为费用的{{rush.percent}}。
[option]
按您的新日期全部交付，加收加急费{{rush.fee}}。
| 按您的新日期全部交付，加收费用的{{rush.percent}}作为加急费。
[option]
在您的日期前先交付包含核心内容的首个版本，其余部分按原计划交付，不额外收费。
[option]
维持原定交付日期（{{agreement.end}}），所有内容照常交付。
| 维持原计划，所有内容照常交付。
[ask]
哪种方案最适合您？烦请在{{reply.by}}之前告诉我。
[close]
无论您选择哪种，我都会确保上线顺利。`,
    tones: {
      warm: `[ack]
谢谢您提前告知新的时间，非常理解您那边的压力。
[close]
无论您选择哪种，我都会全力以赴，让上线顺利成功。`,
      firm: `[ack]
感谢您告知新的时间要求。
[close]
收到您的决定后，我会以书面形式确认计划。`,
    },
  },

  payment_delay: {
    steps: {
      friendly: `[ack]
感谢您的回复，希望您一切顺利。
[limit]
温馨提醒一下：发票{{invoice.number}}（金额{{invoice.amount}}）已于{{invoice.dueAt}}到期，至今已过去{{invoice.overdueDays}}天。
| 温馨提醒一下：发票{{invoice.number}}（金额{{invoice.amount}}）将于{{invoice.dueAt}}到期。
| 温馨提醒一下尚未支付的发票。
付款条款见第{{clause.number}}条：“{{clause.text}}”
|? 我们的协议（{{agreement.title}}）没有约定付款期限，我建议我们一起商定一个付款日期。
|? 由于我们还没有书面约定付款期限，我建议我们一起商定一个付款日期。
[option]
在{{invoice.planFirstDate}}之前支付全部{{invoice.amount}}。
| 在{{reply.by}}之前支付该发票。
[option]
分两期支付：{{invoice.planFirstDate}}之前支付{{invoice.planFirst}}，{{invoice.planSecondDate}}之前支付{{invoice.planSecond}}。
| 分两期支付：第一期在{{invoice.planFirstDate}}之前，第二期在{{invoice.planSecondDate}}之前。
[ask]
能否请您在{{reply.by}}之前告诉我哪种方式更方便？
[close]
非常感谢，和您合作一直很愉快。`,
      firm: `[ack]
感谢您的回复。
[limit]
发票{{invoice.number}}（金额{{invoice.amount}}）已于{{invoice.dueAt}}到期，目前已逾期{{invoice.overdueDays}}天。
| 发票{{invoice.number}}（金额{{invoice.amount}}）已逾期。
| 尚未支付的发票已逾期。
我们协议第{{clause.number}}条约定：“{{clause.text}}”
|? 我们的协议（{{agreement.title}}）没有约定付款期限，我建议我们确定一个明确的付款日期。
|? 由于我们还没有书面约定付款期限，我建议我们确定一个明确的付款日期。
[facts]
按协议计算，截至目前的滞纳金为{{invoice.lateFee}}，合计应付{{invoice.total}}。
[option]
在{{reply.by}}之前支付{{invoice.total}}。
| 在{{reply.by}}之前支付{{invoice.amount}}。
| 在{{reply.by}}之前支付该发票。
[option]
分两期支付：{{invoice.planFirstDate}}之前支付{{invoice.planFirst}}，{{invoice.planSecondDate}}之前支付{{invoice.planSecond}}。
| 分两期支付：第一期在{{invoice.planFirstDate}}之前，第二期在{{invoice.planSecondDate}}之前。
[ask]
能否请您在{{reply.by}}之前确认选择哪种方式？
[close]
我很珍惜我们的合作，希望尽快解决此事，让项目继续推进。`,
      final: `[ack]
特此再次就尚未支付的发票与您联系：此前我已提醒过您，至今仍未收到款项。
[limit]
发票{{invoice.number}}已于{{invoice.dueAt}}到期，目前已逾期{{invoice.overdueDays}}天；加上滞纳金{{invoice.lateFee}}，应付总额为{{invoice.total}}。
| 发票{{invoice.number}}（金额{{invoice.amount}}）已于{{invoice.dueAt}}到期，目前已逾期{{invoice.overdueDays}}天。
| 发票{{invoice.number}}（金额{{invoice.amount}}）至今仍未支付。
| 该发票至今仍未支付。
第{{clause.number}}条约定：“{{clause.text}}”
[facts]
根据协议，如该发票到{{invoice.stopWorkDate}}仍未支付，工作将于当日暂停，收到款项后立即恢复。
| 根据协议，发票逾期超过{{invoice.stopWorkAfterDays}}天时工作将暂停，收到款项后立即恢复。
|? 我们的协议（{{agreement.title}}）没有约定发票逾期未付时工作如何处理，我建议自{{reply.by}}起暂停新的工作，直至款项结清。
|? 由于我们没有关于逾期未付的书面约定，我建议自{{reply.by}}起暂停新的工作，直至款项结清。
[option]
在{{reply.by}}之前支付{{invoice.total}}。
| 在{{reply.by}}之前支付{{invoice.amount}}。
| 在{{reply.by}}之前支付该发票。
[option]
分两期支付：{{invoice.planFirstDate}}之前支付{{invoice.planFirst}}，{{invoice.planSecondDate}}之前支付{{invoice.planSecond}}。
| 分两期支付：第一期在{{invoice.planFirstDate}}之前，第二期在{{invoice.planSecondDate}}之前。
[ask]
能否请您在{{reply.by}}之前确认付款安排？
[close]
我更希望项目能继续推进，相信我们能尽快解决此事。`,
    },
    tones: {
      warm: `[close]
非常感谢您的配合，和您合作一直很愉快。`,
      firm: `[close]
期待您的确认。`,
    },
  },

  discount_pressure: {
    base: `[ack]
感谢您坦诚说明预算情况，这有助于我们找到可行的方案。
[limit]
费用反映的是项目所需的工作量，第{{clause.number}}条对此有约定：“{{clause.text}}”
| 我的报价反映的是实际工作量，对所有客户都一视同仁。
[facts]
约定费用为{{fee.amount}}（{{scope.deliverables}}）。
| 约定费用为{{fee.amount}}。
[option]
缩小范围以符合您的预算：保留最重要的部分，其余暂缓。
[option]
分阶段推进：现在先做核心部分，其余内容在预算允许时放到第二阶段。
[ask]
您更希望考虑哪一种？烦请在{{reply.by}}之前告诉我。
[close]
我希望这个项目对您来说物有所值，相信其中一种方案能满足您的需要。`,
    tones: {
      warm: `[ack]
非常感谢您坦诚说明预算情况，这对我们找到合适的方案很有帮助。
[close]
我很希望能促成这次合作，相信其中一种方案会适合您。`,
      firm: `[ack]
感谢您就预算与我沟通。
[close]
已约定范围的价格保持不变；在此基础上，我很乐意调整方案。`,
    },
  },

  endless_revisions: {
    base: `[ack]
感谢您的反馈，我希望最终效果让您满意。
[limit]
这将是第{{rounds.used}}轮修改，而我们的协议包含{{rounds.included}}轮。
| 我们的协议包含{{rounds.included}}轮修改。
第{{clause.number}}条约定：“{{clause.text}}”
|? 我们的协议（{{agreement.title}}）没有约定修改轮数，我建议把剩余修改集中在最后一轮完成。
|? 由于我们还没有书面约定修改轮数，我建议把剩余修改集中在最后一轮完成。
[facts]
每增加一轮修改收费{{rounds.extraRate}}。
[option]
超出协议包含的{{rounds.included}}轮之后，额外修改按每轮{{rounds.extraRate}}计费。
| 额外修改按{{change.rate}}计费。
|? 额外修改的费用在开始前由双方书面商定。
[option]
汇总成一份最终修改清单：请您把剩余的修改意见一次性发给我，我在最后一轮统一完成。
[ask]
您倾向于哪种方式？烦请在{{reply.by}}之前告诉我。
[close]
我们已经接近终点，希望和您一起顺利完成。`,
    tones: {
      warm: `[ack]
非常感谢您的反馈，我真心希望最终效果让您满意。
[close]
我们离终点只差一步了，期待和您一起顺利收尾。`,
      firm: `[ack]
感谢您提供新一轮的修改意见。
[close]
收到您的决定后，我会安排相应的工作。`,
    },
  },

  indecisive_reversal: {
    base: `[ack]
感谢您告诉我您的想法，在继续推进之前了解这些很重要。
[limit]
我们是按照您确认的方向推进的，第{{clause.number}}条对已确认工作的变更有约定：“{{clause.text}}”
|? 我们的协议（{{agreement.title}}）没有约定已确认工作的变更方式，我建议以书面变更单的形式处理，并单独报价。
|? 由于我们没有关于已确认工作变更的书面约定，我建议以书面变更单的形式处理，并单独报价。
[facts]
回到之前的方向意味着要重做已完成的工作，会影响进度和费用；变更按{{change.rate}}计费。
| 回到之前的方向意味着要重做已完成的工作，会影响进度和费用。
[option]
签一份变更单改回之前的方向，按{{change.rate}}报价，并确定新的交付日期。
| 签一份变更单改回之前的方向，附报价和新的交付日期。
[option]
保持已确认的方向，在下一轮修改中融入您喜欢的第一版元素。
[ask]
您更倾向于哪种？烦请在{{reply.by}}之前告诉我。
[close]
无论哪种方式，我都会确保最终成果让您满意。`,
    tones: {
      warm: `[ack]
非常感谢您分享想法，能在继续推进之前了解这些真的很好。
[close]
无论哪种方式，我都会确保最终成果让您喜欢。`,
      firm: `[ack]
感谢您告知方向上的调整。
[close]
在收到您的决定之前，我会继续按已确认的方向推进。`,
    },
  },

  client_delay: {
    base: `[ack]
感谢您的更新，我知道您手头的事情很多。
[limit]
为了按计划推进，我需要{{obligation.what}}，原定于{{obligation.due}}提供，目前已延迟{{obligation.lateDays}}天。
| 为了按计划推进，我需要您按约定提供的资料。
第{{clause.number}}条对此有约定：“{{clause.text}}”
|? 我们的协议（{{agreement.title}}）没有约定双方延误如何影响日期，我建议交付日期顺延相同的天数。
|? 由于我们还没有书面约定延误对日期的影响，我建议交付日期顺延相同的天数。
[facts]
日期会相应顺延，交付日期调整为{{obligation.newDate}}。
[option]
您在{{reply.by}}之前提供，交付日期顺延至{{obligation.newDate}}。
| 您在{{reply.by}}之前提供，交付日期按延误天数顺延。
[option]
我先用占位内容继续推进，正式资料到位后再替换；最终日期仍取决于资料到位的时间。
[option]
简短通个电话，梳理还缺哪些内容，避免其他工作受阻。
[ask]
能否请您在{{reply.by}}之前提供{{obligation.what}}？
| 能否请您在{{reply.by}}之前提供所缺的资料？
[close]
资料一到，我们很快就能回到正轨。`,
    tones: {
      warm: `[ack]
谢谢您的更新，我知道您最近非常忙。
[close]
资料一到，我们马上就能回到正轨。`,
      firm: `[ack]
感谢您的回复。
[close]
资料到位后，我会立即确认新的日期。`,
    },
  },

  anti_contract: {
    base: `[ack]
感谢您的信任，我也喜欢简单直接的合作方式。
[limit]
把条款写下来对双方都是保障，这样范围、日期和付款都不会产生误解。
我们于{{agreement.signedAt}}签署的协议适用于这项工作，第{{clause.number}}条写明：“{{clause.text}}”
| 因此，我只在有书面条款的情况下开始或继续工作。
[option]
一份一页纸的简短协议，写明范围、日期和付款，今天就可以发给您。
[option]
继续按{{agreement.signedAt}}签署的协议执行，新增内容另签书面变更单。
[option]
简短通个电话，一起过一遍条款，几分钟就能完成。
[ask]
需要我把一页纸的版本发给您，请您在{{reply.by}}之前过目吗？
[close]
期待在清晰的基础上开始合作。`,
    tones: {
      warm: `[ack]
非常感谢您的信任，我也很喜欢简单直接的合作方式。
[close]
非常期待在清晰的基础上和您合作。`,
      firm: `[ack]
感谢您的回复。
[close]
条款以书面形式确定后，我即可继续工作。`,
    },
  },

  abusive_tone: {
    base: `[ack]
我理解您现在很着急，我也希望尽快把问题解决。
[limit]
我很愿意继续处理这件事；如果我们的沟通保持相互尊重，问题会解决得更快。
我们协议第{{clause.number}}条约定了双方的合作方式：“{{clause.text}}”
[option]
在{{hours.nextSlot}}通个电话，一起梳理问题。
| 在我的工作时间内简短通个电话，一起梳理问题。
[option]
在那之前，我先把问题和解决步骤整理成书面说明发给您。
[ask]
{{hours.nextSlot}}通个电话，您方便吗？
| 我们能否在{{reply.by}}简短通个电话？
[close]
我会尽全力把这件事处理好。`,
    tones: {
      warm: `[ack]
我能体会这件事让您很困扰，我真心希望尽快解决。
[close]
我会尽全力把这件事处理好。`,
      firm: `[ack]
我理解您对目前的情况不满意。
[limit]
我希望解决问题，这需要我们的沟通保持相互尊重。
我们协议第{{clause.number}}条约定了双方的合作方式：“{{clause.text}}”
[close]
我会专注于事实，把问题解决好。`,
    },
  },

  know_it_all: {
    base: `[ack]
感谢您分享这些意见，多一个角度总是好的。
[limit]
我采用的方法遵循我们在第{{clause.number}}条中的约定：“{{clause.text}}”
从外部看可能很快，但要做好，需要测试、处理各种边界情况，并确保不影响其他功能。
[option]
一份简短的书面说明，解释这种做法的理由，方便您与该建议对比。
[option]
在现有范围内提供一个参考了该建议的替代方案，前提是它符合项目目标。
[ask]
需要我在{{reply.by}}之前把说明发给您吗？
[close]
很高兴我们都这么重视把事情做好。`,
    tones: {
      warm: `[ack]
谢谢您分享这些意见，我一直很欢迎不同的角度。
[close]
很开心我们都这么在意把事情做好。`,
      firm: `[ack]
感谢您的建议。
[close]
除非我们另行书面约定，我会继续按照约定的方法推进。`,
    },
  },
};
