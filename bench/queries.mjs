// The 25 benchmark queries (space = AND), verbatim from the search benchmark issue.
export const QUERIES = [
  '网信办', '中央网信办', '个人信息保护', '数据安全', '清朗', '专项行动', '生成式人工智能',
  '工业和信息化部', '网络暴力', '未成年人', '算法推荐', '关键信息基础设施', '数据出境', '平台经济',
  '互联网企业健康持续发展', '在深化改革中提质增效', '庄荣文', 'APP 侵犯用户权益', 'OpenSSH',
  'CVE-2024', '数据 出境', '人工智能 监管', '网信办 约谈', '个人信息 处罚', '漏洞 Microsoft',
];

// Timed runs of each query.
export const REPEATS = 5;
