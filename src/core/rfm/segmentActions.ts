import { InputError } from "../errors";
import type { Language } from "../i18n/language";
import { RFM_CLASS_8_LABELS } from "../i18n/rfmLabels";
import { SEGMENT_NAMES_ZH } from "../i18n/segmentLabels";
import { normalizeText } from "../tags/normalizeText";
import type { RfmClass8 } from "./rfmClass8";

type Treatment = Readonly<Record<Language, string>>;

/**
 * The seed's treatments for the eight RFM classes: what to do with each class of customer.
 * Source: the seed's customer-layering model (RFM classes and their operating strategies).
 */
export const CLASS_8_ACTIONS: Readonly<Record<RfmClass8, Treatment>> = {
  importantValue: {
    "zh-CN": "重点维护：专属折扣、会员日和一对一服务，优先推荐高端新品，保持高频互动。",
    "en-US": "Keep them close: exclusive discounts, member days and one-to-one service; offer premium new products first.",
  },
  importantDevelopment: {
    "zh-CN": "提升购买频次：促销活动、社群运营和复购激励，引导形成购买习惯。",
    "en-US": "Raise purchase frequency: promotions, community activities and repeat-purchase incentives to build a habit.",
  },
  importantRetention: {
    "zh-CN": "关系维护：主动回访、关怀提醒和会员权益唤回，了解久未购买的原因。",
    "en-US":
      "Maintain the relationship: proactive follow-up, care reminders and member benefits; find out why they stopped buying.",
  },
  importantWinBack: {
    "zh-CN": "重点挽回：改进产品与服务，针对流失原因给出专属挽回方案和大额优惠。",
    "en-US": "Win them back: improve product and service, address why they left with a tailored win-back offer.",
  },
  generalValue: {
    "zh-CN": "提升客单价：交叉销售、组合套餐和满额优惠，推动升级为重要价值客户。",
    "en-US": "Raise basket size: cross-selling, bundles and spend-more offers to move them up to important value.",
  },
  generalDevelopment: {
    "zh-CN": "培育转化：新客引导、首单后关怀和低门槛优惠，提高复购与客单价。",
    "en-US": "Nurture: onboarding, post-purchase care and low-threshold offers to lift repeat purchases and spend.",
  },
  generalRetention: {
    "zh-CN": "低成本维系：定期推送和积分提醒，控制营销投入，关注其价值变化。",
    "en-US": "Retain at low cost: regular messages and points reminders; keep marketing spend low and watch for change.",
  },
  generalWinBack: {
    "zh-CN": "低成本唤醒：自动化召回活动，无响应则降低投入或放弃。",
    "en-US": "Reactivate cheaply: automated win-back campaigns; reduce effort or let go if there is no response.",
  },
};

/** The usual playbook for R rfm's segments (and the grid's Hibernating). */
export const SEGMENT_ACTIONS: Readonly<Record<string, Treatment>> = {
  Champions: {
    "zh-CN": "奖励他们：抢先体验新品、会员专属礼遇，邀请成为品牌推荐人。",
    "en-US": "Reward them: early access to new products, VIP perks; they can become brand advocates.",
  },
  "Loyal Customers": {
    "zh-CN": "向上销售更高价值产品，邀请评价，会员计划保持黏性。",
    "en-US": "Upsell higher-value products, ask for reviews, engage them with a loyalty programme.",
  },
  "Potential Loyalist": {
    "zh-CN": "提供会员或积分计划，个性化推荐，培养为忠诚客户。",
    "en-US": "Offer membership or a loyalty programme and personalised recommendations to make them loyal.",
  },
  "New Customers": {
    "zh-CN": "做好新客引导与首单后关怀，尽早建立关系。",
    "en-US": "Provide onboarding support and post-purchase care; build the relationship early.",
  },
  Promising: {
    "zh-CN": "提升品牌认知，提供试用装或限时优惠。",
    "en-US": "Create brand awareness; offer free trials or limited-time deals.",
  },
  "Need Attention": {
    "zh-CN": "推出限时优惠，根据购买记录推荐，重新激活兴趣。",
    "en-US": "Make limited-time offers and recommendations based on past purchases to reactivate them.",
  },
  "About To Sleep": {
    "zh-CN": "分享有价值的内容，推荐热门产品和续购折扣，重新建立联系。",
    "en-US": "Share valuable resources, recommend popular products and renewal discounts; reconnect with them.",
  },
  "At Risk": {
    "zh-CN": "发送个性化邮件重新联系，提供续购方案和有用资源。",
    "en-US": "Send personalised emails to reconnect, offer renewals and helpful resources.",
  },
  "Can't Lose Them": {
    "zh-CN": "用新品或升级版赢回，不要让他们流向竞争对手，主动沟通。",
    "en-US": "Win them back with renewals or newer products; do not lose them to the competition; talk to them.",
  },
  Hibernating: {
    "zh-CN": "推荐其他相关产品和特别折扣，重建品牌价值感。",
    "en-US": "Offer other relevant products and special discounts; recreate brand value.",
  },
  Lost: {
    "zh-CN": "用外联活动唤醒兴趣，无响应则不再投入。",
    "en-US": "Revive interest with a reach-out campaign; ignore otherwise.",
  },
  Others: {
    "zh-CN": "暂不归入任何分群：检查分群规则是否覆盖该分值组合。",
    "en-US": "In no segment: check that the segment rules cover this score combination.",
  },
};

let lookup: Map<string, Treatment> | undefined;

function buildLookup(): Map<string, Treatment> {
  const map = new Map<string, Treatment>();
  for (const [cls, labels] of Object.entries(RFM_CLASS_8_LABELS) as [RfmClass8, Treatment][]) {
    const t = CLASS_8_ACTIONS[cls];
    map.set(normalizeText(labels["zh-CN"]), t);
    map.set(normalizeText(labels["zh-CN"].replace(/客户$/, "")), t); // "重要价值" without 客户
    map.set(normalizeText(labels["en-US"]), t);
  }
  for (const [name, t] of Object.entries(SEGMENT_ACTIONS)) {
    map.set(normalizeText(name), t);
    const zh = SEGMENT_NAMES_ZH[name];
    if (zh) map.set(normalizeText(zh), t);
  }
  return map;
}

/**
 * The recommended treatment for a segment name from RFMSEGMENT (eight classes) or RFMMAP (rfm segments, grid),
 * written in either language; case, width and spacing do not matter.
 *
 * @throws InputError(na) for a name that is no known segment
 * @example segmentAction("重要价值客户", "en-US") // "Keep them close: exclusive discounts, member days ..."
 */
export function segmentAction(segment: string, language: Language): string {
  lookup ??= buildLookup();
  const t = lookup.get(normalizeText(segment));
  if (!t) throw new InputError("na", "unknownSegment", { value: segment });
  return t[language];
}
