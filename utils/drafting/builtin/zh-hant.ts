import type { LanguagePack } from './pack';

// Traditional Chinese, written as a Taiwan/Hong Kong business e-mail rather than converted from Simplified:
// 合約 (not 协议), 專案, 請款單, 麻煩您 / 煩請, 敬祝 商祺; 您 throughout.

export const ZH_HANT: LanguagePack = {
  frame: {
    base: `[greeting]
{{client.firstName}}您好，
| 您好，
[offer]
以下是我可以提供的方案：
這部分，我可以提供：
[ask]
方便的話，能否請您在{{reply.by}}前告訴我，上述各點希望如何進行？
[close]
謝謝您的信任，期待繼續與您合作。
[sign]
敬祝 順心
{{provider.signature}}
| {{provider.name}}`,
    tones: {
      warm: `[offer]
以下幾個選擇供您參考：
這部分，我可以這樣安排：
[sign]
祝 一切順利
{{provider.signature}}
| {{provider.name}}`,
      firm: `[offer]
可行的方案如下：
這部分的方案如下：
[sign]
敬祝 商祺
{{provider.signature}}
| {{provider.name}}`,
    },
  },

  scope_change: {
    base: `[ack]
謝謝您提出加入「{{scope.item}}」的想法，我了解這對專案的幫助。
| 謝謝您的建議，我了解這對專案的幫助。
[limit]
不過，這部分不在我們約定的範圍內：合約第{{clause.number}}條對範圍的說明是「{{clause.text}}」
|? 我們的合約（{{agreement.title}}）沒有寫明額外工作的處理方式，我建議另外以書面變更單處理。
|? 由於我們還沒有以書面約定額外工作的處理方式，我建議另外以書面變更單處理。
目前專案的內容包括{{scope.deliverables}}。
[facts]
範圍以外的工作依{{change.rate}}計費。
[option]
簽一份書面變更單（{{change.rate}}）：我先提供報價，您確認後就開始進行。
| 簽一份書面變更單：我先提供固定報價，您確認後就開始進行。
[option]
排入第二階段：等目前的工作交付後再進行，現有時程維持不變。
[option]
在目前的範圍內先做一個簡化版本。
[ask]
請問您比較傾向哪個方案？麻煩您在{{reply.by}}前回覆我。
[close]
不論選擇哪個方案，已約定的工作都會照原訂進度進行。`,
    tones: {
      warm: `[ack]
非常謝謝您想到「{{scope.item}}」，這個想法很棒，我也了解它的價值。
| 非常謝謝您的建議，這個想法很棒，我也了解它的價值。
[close]
很樂意協助專案持續成長；不論選擇哪個方案，已約定的工作都會照原訂進度進行。`,
      firm: `[ack]
謝謝您提出關於「{{scope.item}}」的需求。
| 謝謝您提出的需求。
[close]
收到您的決定後，我會依此安排工作。`,
    },
  },

  after_hours_urgency: {
    base: `[ack]
我了解這件事很緊急，我也和您一樣希望盡快處理好。
[limit]
您的訊息是在{{hours.sentLocal}}收到的，已經是我的上班時間以外。
| 您的訊息是在我的上班時間以外收到的。
合約第{{clause.number}}條約定：「{{clause.text}}」
|? 我們的合約（{{agreement.title}}）尚未約定上班時間，我建議緊急事項原則上於我的上班時間內處理，另有約定者除外。
|? 由於我們還沒有以書面約定上班時間，我建議緊急事項原則上於我的上班時間內處理，另有約定者除外。
[facts]
我的上班時間是{{hours.working}}。
我最快可以在{{hours.nextSlot}}處理（也就是您當地時間{{hours.nextSlotClient}}）。
| 我最快可以在{{hours.nextSlot}}處理。
[option]
我在{{hours.nextSlot}}優先處理，並在當天上午回報進度給您。
| 我在下一個上班時段優先處理，並在當天上午回報進度給您。
[option]
如果真的無法等待，可依合約以非上班時間的工作處理，費用為平時費率的{{hours.afterHoursRate}}。
[option]
在該時段一開始簡短通個電話，先確認優先順序，避免這段期間有任何遺漏。
[ask]
需要我為您保留{{hours.nextSlot}}這個時段嗎？
| 能否請您在{{reply.by}}前告訴我哪個方案比較合適？
[close]
謝謝您的體諒，我們一定會把問題徹底解決。`,
    tones: {
      warm: `[ack]
完全了解這件事很急，我也和您一樣希望盡快處理好。
[close]
非常謝謝您的體諒，我們一定會把問題妥善處理好。`,
      firm: `[ack]
我了解這項需求相當緊急。
[close]
我會在下一個上班時段處理這件事。`,
    },
  },

  rush_deadline: {
    base: `[ack]
謝謝您告知新的時程，我了解您那邊的壓力。
[limit]
提前交付代表必須調整其他工作安排並增加人力，合約第{{clause.number}}條對此有約定：「{{clause.text}}」
|? 我們的合約（{{agreement.title}}）沒有提前交付的相關條款，因此在確認新日期之前，我需要先另外報價。
|? 由於我們沒有提前交付的書面約定，在確認新日期之前，我需要先另外報價。
[facts]
急件費用為總費用的{{rush.percent}}，也就是{{rush.fee}}。
| 急件費用為總費用的{{rush.percent}}。
[option]
依您的新日期全部交付，另加急件費用{{rush.fee}}。
| 依您的新日期全部交付，另加總費用{{rush.percent}}的急件費用。
[option]
在您的日期前先交付包含核心內容的第一版，其餘部分照原訂時程交付，不另外收費。
[option]
維持原訂交付日期（{{agreement.end}}），所有內容照常交付。
| 維持原訂時程，所有內容照常交付。
[ask]
請問哪個方案最適合您？麻煩您在{{reply.by}}前回覆我。
[close]
不論您選擇哪個方案，我都會確保上線順利。`,
    tones: {
      warm: `[ack]
謝謝您提早告知新的時程，非常了解您那邊的壓力。
[close]
不論您選擇哪個方案，我都會全力以赴，讓上線順利成功。`,
      firm: `[ack]
謝謝您告知新的時程需求。
[close]
收到您的決定後，我會以書面方式確認計畫。`,
    },
  },

  payment_delay: {
    steps: {
      friendly: `[ack]
謝謝您的回覆，希望您一切都好。
[limit]
在此跟您提醒一下：請款單{{invoice.number}}（金額{{invoice.amount}}）的付款期限是{{invoice.dueAt}}，至今已過了{{invoice.overdueDays}}天。
| 在此跟您提醒一下：請款單{{invoice.number}}（金額{{invoice.amount}}）將於{{invoice.dueAt}}到期。
| 在此跟您提醒一下尚未付款的請款單。
付款條件請見合約第{{clause.number}}條：「{{clause.text}}」
|? 我們的合約（{{agreement.title}}）沒有約定付款期限，我建議我們一起確認一個付款日期。
|? 由於我們還沒有以書面約定付款期限，我建議我們一起確認一個付款日期。
[option]
在{{invoice.planFirstDate}}前支付全額{{invoice.amount}}。
| 在{{reply.by}}前支付這張請款單。
[option]
分兩期支付：{{invoice.planFirstDate}}前支付{{invoice.planFirst}}，{{invoice.planSecondDate}}前支付{{invoice.planSecond}}。
| 分兩期支付：第一期在{{invoice.planFirstDate}}前，第二期在{{invoice.planSecondDate}}前。
[ask]
能否麻煩您在{{reply.by}}前告訴我哪種方式比較方便？
[close]
非常謝謝您，和您合作一直很愉快。`,
      firm: `[ack]
謝謝您的回覆。
[limit]
請款單{{invoice.number}}（金額{{invoice.amount}}）的付款期限是{{invoice.dueAt}}，目前已逾期{{invoice.overdueDays}}天。
| 請款單{{invoice.number}}（金額{{invoice.amount}}）已經逾期。
| 尚未付款的請款單已經逾期。
合約第{{clause.number}}條約定：「{{clause.text}}」
|? 我們的合約（{{agreement.title}}）沒有約定付款期限，我建議我們確定一個明確的付款日期。
|? 由於我們還沒有以書面約定付款期限，我建議我們確定一個明確的付款日期。
[facts]
依合約計算，至今的逾期費用為{{invoice.lateFee}}，應付總額為{{invoice.total}}。
[option]
在{{reply.by}}前支付{{invoice.total}}。
| 在{{reply.by}}前支付{{invoice.amount}}。
| 在{{reply.by}}前支付這張請款單。
[option]
分兩期支付：{{invoice.planFirstDate}}前支付{{invoice.planFirst}}，{{invoice.planSecondDate}}前支付{{invoice.planSecond}}。
| 分兩期支付：第一期在{{invoice.planFirstDate}}前，第二期在{{invoice.planSecondDate}}前。
[ask]
能否請您在{{reply.by}}前確認選擇哪種方式？
[close]
我很珍惜我們的合作，希望盡快處理好這件事，讓專案繼續順利進行。`,
      final: `[ack]
再次來信是關於尚未付款的請款單：先前已提醒過您，但至今仍未收到款項。
[limit]
請款單{{invoice.number}}的付款期限是{{invoice.dueAt}}，目前已逾期{{invoice.overdueDays}}天；加上逾期費用{{invoice.lateFee}}，應付總額為{{invoice.total}}。
| 請款單{{invoice.number}}（金額{{invoice.amount}}）的付款期限是{{invoice.dueAt}}，目前已逾期{{invoice.overdueDays}}天。
| 請款單{{invoice.number}}（金額{{invoice.amount}}）至今仍未付款。
| 這張請款單至今仍未付款。
合約第{{clause.number}}條約定：「{{clause.text}}」
[facts]
依合約規定，若到{{invoice.stopWorkDate}}仍未付款，工作將於當日暫停，收到款項後會立即恢復。
| 依合約規定，請款單逾期超過{{invoice.stopWorkAfterDays}}天時工作將暫停，收到款項後會立即恢復。
|? 我們的合約（{{agreement.title}}）沒有約定逾期未付時工作如何處理，我建議自{{reply.by}}起暫停新的工作，直到款項結清為止。
|? 由於我們沒有逾期未付的書面約定，我建議自{{reply.by}}起暫停新的工作，直到款項結清為止。
[option]
在{{reply.by}}前支付{{invoice.total}}。
| 在{{reply.by}}前支付{{invoice.amount}}。
| 在{{reply.by}}前支付這張請款單。
[option]
分兩期支付：{{invoice.planFirstDate}}前支付{{invoice.planFirst}}，{{invoice.planSecondDate}}前支付{{invoice.planSecond}}。
| 分兩期支付：第一期在{{invoice.planFirstDate}}前，第二期在{{invoice.planSecondDate}}前。
[ask]
能否請您在{{reply.by}}前確認付款安排？
[close]
我更希望專案能繼續進行，相信我們可以盡快解決這件事。`,
    },
    tones: {
      warm: `[close]
非常謝謝您的協助，和您合作一直很愉快。`,
      firm: `[close]
靜候您的確認。`,
    },
  },

  discount_pressure: {
    base: `[ack]
謝謝您坦白說明預算狀況，這有助於我們找到可行的方案。
[limit]
費用反映的是專案所需的工作量，合約第{{clause.number}}條對此有約定：「{{clause.text}}」
| 我的報價反映的是實際工作量，對每位客戶都一視同仁。
[facts]
約定費用為{{fee.amount}}（{{scope.deliverables}}）。
| 約定費用為{{fee.amount}}。
[option]
縮小範圍以符合您的預算：保留最重要的部分，其餘先暫緩。
[option]
分階段進行：現在先做核心部分，其餘內容等預算許可時再排入第二階段。
[ask]
請問您比較想考慮哪一種？麻煩您在{{reply.by}}前回覆我。
[close]
我希望這個專案對您來說物超所值，相信其中一個方案能符合您的需求。`,
    tones: {
      warm: `[ack]
非常謝謝您坦白說明預算狀況，這對找到合適的方案很有幫助。
[close]
我很希望能促成這次合作，相信其中一個方案會適合您。`,
      firm: `[ack]
謝謝您與我討論預算。
[close]
已約定範圍的價格維持不變；在這個前提下，我很樂意調整方案。`,
    },
  },

  endless_revisions: {
    base: `[ack]
謝謝您的回饋，我希望最後的成果能讓您滿意。
[limit]
這將是第{{rounds.used}}輪修改，而我們的合約包含{{rounds.included}}輪。
| 我們的合約包含{{rounds.included}}輪修改。
合約第{{clause.number}}條約定：「{{clause.text}}」
|? 我們的合約（{{agreement.title}}）沒有約定修改次數，我建議將剩下的修改集中在最後一輪完成。
|? 由於我們還沒有以書面約定修改次數，我建議將剩下的修改集中在最後一輪完成。
[facts]
每增加一輪修改的費用為{{rounds.extraRate}}。
[option]
超過合約包含的{{rounds.included}}輪之後，額外的修改每輪以{{rounds.extraRate}}計費。
| 額外的修改依{{change.rate}}計費。
|? 額外修改的費用在開始前由雙方以書面議定。
[option]
整理成一份最終修改清單：請您把剩下的修改意見一次提供給我，我在最後一輪一併完成。
[ask]
請問您比較傾向哪種方式？麻煩您在{{reply.by}}前回覆我。
[close]
我們已經快到終點了，希望和您一起順利完成。`,
    tones: {
      warm: `[ack]
非常謝謝您的回饋，我真心希望最後的成果能讓您滿意。
[close]
我們只差一步了，期待和您一起順利收尾。`,
      firm: `[ack]
謝謝您提供新一輪的修改意見。
[close]
收到您的決定後，我會安排相應的工作。`,
    },
  },

  indecisive_reversal: {
    base: `[ack]
謝謝您告訴我您的想法，在繼續進行之前先了解這些很重要。
[limit]
我們是依照您確認過的方向進行的，合約第{{clause.number}}條對已確認工作的變更有約定：「{{clause.text}}」
|? 我們的合約（{{agreement.title}}）沒有約定已確認工作的變更方式，我建議以書面變更單處理，並另外報價。
|? 由於我們沒有已確認工作變更的書面約定，我建議以書面變更單處理，並另外報價。
[facts]
改回先前的方向代表要重做已完成的工作，會影響時程與費用；變更依{{change.rate}}計費。
| 改回先前的方向代表要重做已完成的工作，會影響時程與費用。
[option]
簽一份變更單改回先前的方向，依{{change.rate}}報價，並確認新的交付日期。
| 簽一份變更單改回先前的方向，附上報價和新的交付日期。
[option]
維持已確認的方向，在下一輪修改中加入您喜歡的第一版元素。
[ask]
請問您比較傾向哪一種？麻煩您在{{reply.by}}前回覆我。
[close]
不論哪種方式，我都會確保最後的成果讓您滿意。`,
    tones: {
      warm: `[ack]
非常謝謝您分享想法，能在繼續進行之前先了解這些真的很好。
[close]
不論哪種方式，我都會確保最後的成果讓您喜歡。`,
      firm: `[ack]
謝謝您告知方向上的調整。
[close]
在收到您的決定之前，我會繼續依已確認的方向進行。`,
    },
  },

  client_delay: {
    base: `[ack]
謝謝您的更新，我知道您手邊的事情很多。
[limit]
為了照計畫進行，我需要{{obligation.what}}，原訂於{{obligation.due}}提供，目前已延遲{{obligation.lateDays}}天。
| 為了照計畫進行，我需要您依約定提供的資料。
合約第{{clause.number}}條對此有約定：「{{clause.text}}」
|? 我們的合約（{{agreement.title}}）沒有約定雙方延誤對日期的影響，我建議交付日期順延相同的天數。
|? 由於我們還沒有以書面約定延誤對日期的影響，我建議交付日期順延相同的天數。
[facts]
日期會相對順延，交付日期調整為{{obligation.newDate}}。
[option]
您在{{reply.by}}前提供，交付日期順延至{{obligation.newDate}}。
| 您在{{reply.by}}前提供，交付日期依延誤天數順延。
[option]
我先用暫代內容繼續進行，等正式資料到了再替換；最後的日期仍取決於資料提供的時間。
[option]
簡短通個電話，確認還缺哪些內容，避免其他工作卡住。
[ask]
能否麻煩您在{{reply.by}}前提供{{obligation.what}}？
| 能否麻煩您在{{reply.by}}前提供缺少的資料？
[close]
資料一到，我們很快就能回到原訂進度。`,
    tones: {
      warm: `[ack]
謝謝您的更新，我知道您最近非常忙碌。
[close]
資料一到，我們馬上就能回到原訂進度。`,
      firm: `[ack]
謝謝您的回覆。
[close]
資料到齊後，我會立即確認新的日期。`,
    },
  },

  anti_contract: {
    base: `[ack]
謝謝您的信任，我也喜歡簡單直接的合作方式。
[limit]
把條件以書面寫清楚對雙方都是保障，範圍、日期和付款都不會產生誤會。
我們於{{agreement.signedAt}}簽署的合約適用於這項工作，第{{clause.number}}條寫明：「{{clause.text}}」
| 因此，我只在有書面條件的情況下開始或繼續工作。
[option]
一份一頁的簡短合約，寫明範圍、日期和付款方式，今天就可以寄給您。
[option]
繼續依{{agreement.signedAt}}簽署的合約進行，新增的內容另外簽書面變更單。
[option]
簡短通個電話一起看過條款，幾分鐘就能完成。
[ask]
需要我把一頁的版本寄給您，請您在{{reply.by}}前過目嗎？
[close]
期待在清楚的基礎上開始合作。`,
    tones: {
      warm: `[ack]
非常謝謝您的信任，我也很喜歡簡單直接的合作方式。
[close]
非常期待在清楚的基礎上與您合作。`,
      firm: `[ack]
謝謝您的回覆。
[close]
條件以書面確認後，我就可以繼續進行。`,
    },
  },

  abusive_tone: {
    base: `[ack]
我了解您現在很著急，我也希望盡快把問題解決。
[limit]
我很願意繼續處理這件事；如果我們的溝通能保持互相尊重，問題會解決得更快。
合約第{{clause.number}}條約定了雙方的合作方式：「{{clause.text}}」
[option]
在{{hours.nextSlot}}通個電話，一起釐清問題。
| 在我的上班時間內簡短通個電話，一起釐清問題。
[option]
在那之前，我先把問題和處理步驟整理成書面說明寄給您。
[ask]
{{hours.nextSlot}}通個電話，請問您方便嗎？
| 我們能否在{{reply.by}}簡短通個電話？
[close]
我會盡全力把這件事處理好。`,
    tones: {
      warm: `[ack]
我能體會這件事讓您很困擾，我真心希望盡快解決。
[close]
我會盡全力把這件事處理好。`,
      firm: `[ack]
我了解您對目前的狀況不滿意。
[limit]
我希望解決問題，這需要我們的溝通保持互相尊重。
合約第{{clause.number}}條約定了雙方的合作方式：「{{clause.text}}」
[close]
我會專注在事實上，把問題處理好。`,
    },
  },

  know_it_all: {
    base: `[ack]
謝謝您分享這些意見，多一個角度總是好的。
[limit]
我採用的做法依循我們在合約第{{clause.number}}條中的約定：「{{clause.text}}」
從外面看可能很快，但要做好，需要測試、處理各種特殊情況，並確保不影響其他功能。
[option]
一份簡短的書面說明，解釋這個做法的理由，方便您和該建議比較。
[option]
在目前的範圍內提供一個參考該建議的替代方案，前提是它符合專案目標。
[ask]
需要我在{{reply.by}}前把說明寄給您嗎？
[close]
很高興我們都這麼重視把事情做好。`,
    tones: {
      warm: `[ack]
謝謝您分享這些意見，我一直很歡迎不同的角度。
[close]
很開心我們都這麼在意把事情做好。`,
      firm: `[ack]
謝謝您的建議。
[close]
除非我們另外以書面約定，我會繼續依照約定的做法進行。`,
    },
  },
};
