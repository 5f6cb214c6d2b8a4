/**
 * Well-known computer-science venues whose names do not give their abbreviation by initials
 * ("Advances in Neural Information Processing Systems" is NeurIPS, formerly NIPS), or whose
 * series goes by several names (IEEE VIS took in VAST, InfoVis and SciVis). Every alias is
 * parsed like any other venue name, so it lists forms the parser cannot relate on its own,
 * not every spelling: "Proc. of the 12th Int. Conf. on Learning Representations" needs no
 * entry of its own beside "International Conference on Learning Representations".
 */
export interface KnownVenue {
  /** Series id, stable: becomes the key "series:<id>". */
  id: string;
  /** The full series name, shown in preference to whatever form a source used. */
  name: string;
  abbreviation: string;
  /** Other names and abbreviations of the same series. */
  aliases: string[];
}

export const KNOWN_VENUES: readonly KnownVenue[] = [
  {
    id: 'neurips',
    name: 'Advances in Neural Information Processing Systems',
    abbreviation: 'NeurIPS',
    aliases: ['NIPS', 'Neural Information Processing Systems', 'Conference on Neural Information Processing Systems', 'Adv. Neural Inf. Process. Syst.'],
  },
  { id: 'iclr', name: 'International Conference on Learning Representations', abbreviation: 'ICLR', aliases: [] },
  { id: 'icml', name: 'International Conference on Machine Learning', abbreviation: 'ICML', aliases: [] },
  {
    id: 'cvpr',
    name: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition',
    abbreviation: 'CVPR',
    aliases: ['Computer Vision and Pattern Recognition', 'IEEE Computer Society Conference on Computer Vision and Pattern Recognition'],
  },
  { id: 'iccv', name: 'IEEE/CVF International Conference on Computer Vision', abbreviation: 'ICCV', aliases: [] },
  { id: 'eccv', name: 'European Conference on Computer Vision', abbreviation: 'ECCV', aliases: [] },
  { id: 'aistats', name: 'International Conference on Artificial Intelligence and Statistics', abbreviation: 'AISTATS', aliases: [] },
  { id: 'aaai', name: 'AAAI Conference on Artificial Intelligence', abbreviation: 'AAAI', aliases: ['Conference on Artificial Intelligence of the AAAI'] },
  { id: 'ijcai', name: 'International Joint Conference on Artificial Intelligence', abbreviation: 'IJCAI', aliases: [] },
  { id: 'uai', name: 'Conference on Uncertainty in Artificial Intelligence', abbreviation: 'UAI', aliases: [] },
  { id: 'colt', name: 'Conference on Learning Theory', abbreviation: 'COLT', aliases: ['Annual Conference on Computational Learning Theory'] },
  { id: 'corl', name: 'Conference on Robot Learning', abbreviation: 'CoRL', aliases: [] },
  { id: 'tmlr', name: 'Transactions on Machine Learning Research', abbreviation: 'TMLR', aliases: ['Trans. Mach. Learn. Res.'] },
  { id: 'jmlr', name: 'Journal of Machine Learning Research', abbreviation: 'JMLR', aliases: [] },
  { id: 'pmlr', name: 'Proceedings of Machine Learning Research', abbreviation: 'PMLR', aliases: [] },
  {
    id: 'tpami',
    name: 'IEEE Transactions on Pattern Analysis and Machine Intelligence',
    abbreviation: 'TPAMI',
    aliases: ['PAMI', 'IEEE Trans. Pattern Anal. Mach. Intell.'],
  },
  { id: 'tvcg', name: 'IEEE Transactions on Visualization and Computer Graphics', abbreviation: 'TVCG', aliases: ['IEEE TVCG'] },
  { id: 'tog', name: 'ACM Transactions on Graphics', abbreviation: 'TOG', aliases: ['ACM TOG', 'ACM Trans. Graph.'] },
  { id: 'cgf', name: 'Computer Graphics Forum', abbreviation: 'CGF', aliases: ['Comput. Graph. Forum'] },
  {
    id: 'vis',
    name: 'IEEE Visualization and Visual Analytics (VIS)',
    abbreviation: 'VIS',
    aliases: [
      'IEEE Visualization Conference',
      'IEEE Visualization',
      'IEEE Visualization and Visual Analytics',
      'VAST',
      'IEEE Conference on Visual Analytics Science and Technology',
      'IEEE Symposium on Visual Analytics Science and Technology',
      'InfoVis',
      'IEEE Information Visualization Conference',
      'IEEE Symposium on Information Visualization',
      'SciVis',
      'IEEE Scientific Visualization Conference',
    ],
  },
  {
    id: 'eurovis',
    name: 'Eurographics Conference on Visualization',
    abbreviation: 'EuroVis',
    aliases: ['Eurographics/IEEE VGTC Conference on Visualization', 'EG/VGTC Conference on Visualization'],
  },
  { id: 'pacificvis', name: 'IEEE Pacific Visualization Symposium', abbreviation: 'PacificVis', aliases: ['IEEE Pacific Visualization Conference'] },
  {
    id: 'chi',
    name: 'ACM CHI Conference on Human Factors in Computing Systems',
    abbreviation: 'CHI',
    aliases: ['Conference on Human Factors in Computing Systems', 'SIGCHI Conference on Human Factors in Computing Systems'],
  },
  { id: 'uist', name: 'ACM Symposium on User Interface Software and Technology', abbreviation: 'UIST', aliases: [] },
  {
    id: 'cscw',
    name: 'ACM Conference on Computer-Supported Cooperative Work and Social Computing',
    abbreviation: 'CSCW',
    aliases: ['ACM Conference on Computer Supported Cooperative Work'],
  },
  {
    id: 'siggraph',
    name: 'ACM SIGGRAPH Conference',
    abbreviation: 'SIGGRAPH',
    aliases: ['Special Interest Group on Computer Graphics and Interactive Techniques Conference', 'International Conference on Computer Graphics and Interactive Techniques'],
  },
  { id: 'siggraph-asia', name: 'ACM SIGGRAPH Asia Conference', abbreviation: 'SIGGRAPH Asia', aliases: ['SIGGRAPH Asia', 'SIGGRAPH Asia Conference Papers'] },
  {
    id: 'kdd',
    name: 'ACM SIGKDD Conference on Knowledge Discovery and Data Mining',
    abbreviation: 'KDD',
    aliases: [
      'SIGKDD',
      'ACM SIGKDD International Conference on Knowledge Discovery and Data Mining',
      'International Conference on Knowledge Discovery and Data Mining',
      'Knowledge Discovery and Data Mining',
    ],
  },
  {
    id: 'www',
    name: 'The Web Conference',
    abbreviation: 'WWW',
    aliases: ['TheWebConf', 'International World Wide Web Conference', 'World Wide Web Conference', 'ACM Web Conference'],
  },
  {
    id: 'acl',
    name: 'Annual Meeting of the Association for Computational Linguistics',
    abbreviation: 'ACL',
    aliases: ['Meeting of the Association for Computational Linguistics', 'Association for Computational Linguistics'],
  },
  { id: 'emnlp', name: 'Conference on Empirical Methods in Natural Language Processing', abbreviation: 'EMNLP', aliases: ['Empirical Methods in Natural Language Processing'] },
  {
    id: 'naacl',
    name: 'Conference of the North American Chapter of the Association for Computational Linguistics',
    abbreviation: 'NAACL',
    aliases: ['NAACL-HLT', 'North American Chapter of the Association for Computational Linguistics'],
  },
];
