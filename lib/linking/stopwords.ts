/**
 * General Chinese function and discourse words (in the spirit of the common HIT and Baidu
 * stopword lists). IDF handles the chronicle's own boilerplate (疫情, 防控), but 86 terse
 * entries cannot tell that 具体, 认为 or 提问 are everywhere in speech: rare in the chronicle,
 * they would look informative. Speakers' titles (主任, 部长) are listed too: in speech they
 * point at someone on the podium, not at an event. No domain word is listed here.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `我们 你们 他们 她们 它们 咱们 大家 自己 本身 各位 朋友 这个 那个 这些 那些 这样 那样 这种 那种 这次 此次 这里 那里
   这位 那位 一个 一些 一下 一直 一起 一样 一定 一次 一方面 什么 怎么 怎样 如何 为什么 哪些 多少 因为 所以 但是 而且
   并且 如果 虽然 然后 然而 因此 于是 已经 正在 还是 或者 以及 以后 以前 之后 之前 以来 可以 能够 可能 应该 需要
   愿意 进行 通过 关于 对于 由于 根据 按照 作为 其中 其他 其它 另外 此外 比如 例如 包括 具体 认为 觉得 表示 介绍
   提出 问题 方面 情况 有关 相关 非常 特别 十分 比较 更加 进一步 谢谢 感谢 记者 提问 回答 刚才 刚刚 还有 没有
   不是 就是 也是 都是 这是 真正 确实 当然 其实 主要 很多 许多 大量 各种 不同 所有 每个 任何 起来 出来 下来 过程
   时候 方式 形式 效果 结果 高度 重视 当地 希望 期待 注意 了解 看到 知道 就像 正如 所说 来说 的话 之一 一点 有些
   有的 还要 只有 才能 不仅 而是 同样 尽量 尽管 不断 实际 今天 目前 当前 现在 同时 最近 近期 下一步 首先 其次
   第一 第二 第三 一是 二是 三是 四是 上述 以上 以下 等等 方面的 的是 就是说 也就是说
   主任 副主任 部长 副部长 署长 副署长 主持人 先生 女士 同志 负责人 发言人`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);
