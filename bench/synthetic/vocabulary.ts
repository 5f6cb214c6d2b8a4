/**
 * Word lists for synthetic names, titles and the topic hierarchy. Plain words, so that
 * full-text searches over the synthetic graph behave like searches over real titles.
 */

export const FIRST_NAMES = [
  'Alice', 'Bruno', 'Chen', 'Dana', 'Elif', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kavya', 'Lars', 'Mei', 'Nadia',
  'Omar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wei', 'Ximena', 'Yusuf', 'Zoe', 'Anders', 'Bea',
  'Carlos', 'Dmitri', 'Emma', 'Felix', 'Giulia', 'Hannah', 'Ivan', 'Julia', 'Kenji', 'Leila', 'Marco', 'Nina', 'Oskar',
  'Paula', 'Rafael', 'Sara', 'Tomás', 'Ulla', 'Viktor', 'Wen', 'Yara', 'Zhen',
] as const;

export const LAST_NAMES = [
  'Zhang', 'Müller', 'Garcia', 'Kim', 'Rossi', 'Nguyen', 'Smith', 'Novak', 'Silva', 'Kowalski', 'Tanaka', 'Okafor', 'Haddad',
  'Ivanova', 'Jensen', 'Dubois', 'Moreau', 'Schmidt', 'Fischer', 'Weber', 'Becker', 'Wagner', 'Hoffmann', 'Lopez', 'Martin',
  'Bernard', 'Petit', 'Ricci', 'Romano', 'Costa', 'Ferreira', 'Pereira', 'Almeida', 'Sato', 'Suzuki', 'Takahashi', 'Wang',
  'Li', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Park', 'Lee', 'Choi', 'Jung', 'Kang',
  'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Ko',
  'Mun', 'Yilmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Andersen', 'Nielsen', 'Hansen', 'Pedersen', 'Larsen', 'Johansson',
  'Karlsson', 'Nilsson', 'Eriksson', 'Svensson', 'Gustafsson', 'Persson', 'Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen',
  'Horvat', 'Kovač', 'Babić', 'Jurić', 'Novák', 'Dvořák', 'Černý', 'Procházka', 'Kučera',
] as const;

/** Roots of the topic hierarchy; each gets QUALIFIERS children and LEAF_WORDS grandchildren. */
export const ROOT_TOPICS = [
  'Machine Learning', 'Computer Vision', 'Natural Language Processing', 'Robotics', 'Databases', 'Distributed Systems',
  'Theory of Computation', 'Security', 'Human-Computer Interaction', 'Bioinformatics',
] as const;

export const QUALIFIERS = ['Foundations', 'Applications', 'Methods', 'Benchmarks', 'Optimization', 'Learning', 'Models', 'Evaluation'] as const;

export const LEAF_WORDS = ['Graphs', 'Streams', 'Kernels', 'Agents', 'Networks', 'Inference'] as const;

/** Title words, drawn with a Zipf skew so that some are common and most are rare. */
export const TITLE_WORDS = [
  'graph', 'neural', 'learning', 'scalable', 'efficient', 'robust', 'deep', 'attention', 'probabilistic', 'bayesian',
  'inference', 'optimization', 'sparse', 'distributed', 'federated', 'adversarial', 'causal', 'generative', 'contrastive',
  'representation', 'embedding', 'transformer', 'convolutional', 'recurrent', 'reinforcement', 'policy', 'gradient',
  'stochastic', 'variational', 'kernel', 'spectral', 'clustering', 'segmentation', 'detection', 'tracking', 'retrieval',
  'ranking', 'recommendation', 'query', 'index', 'transaction', 'consensus', 'replication', 'compiler', 'verification',
  'synthesis', 'privacy', 'fairness', 'interpretability', 'uncertainty', 'calibration', 'benchmark', 'dataset', 'survey',
  'analysis', 'framework', 'approach', 'model', 'method', 'system', 'algorithm', 'theory', 'bounds', 'complexity',
  'approximation', 'sampling', 'streaming', 'online', 'multimodal', 'vision', 'language', 'speech', 'protein', 'genome',
  'molecular', 'physics', 'simulation', 'control', 'planning', 'navigation', 'manipulation', 'interaction', 'user',
  'crowdsourcing', 'visualization', 'hardware', 'energy', 'memory', 'cache', 'storage', 'network', 'routing', 'wireless',
  'temporal', 'spatial', 'dynamic', 'hierarchical', 'structured', 'unsupervised', 'semi-supervised', 'transfer', 'meta',
  'continual', 'few-shot', 'zero-shot', 'self-supervised', 'diffusion', 'flow', 'energy-based', 'latent', 'discrete',
] as const;

export const VENUE_KINDS = ['Conference on', 'Journal of', 'Symposium on', 'Workshop on', 'Transactions on'] as const;
