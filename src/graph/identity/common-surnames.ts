/**
 * Family names too common to identify anyone without a shared co-author: the most frequent
 * surnames of the author populations of computer science (Chinese, Korean, Vietnamese, Indian,
 * Japanese, English, German, Spanish, ...). A name under one of them needs a shared co-author to
 * merge; a rarer name may merge on agreeing topics or venues alone (see scorePrepared).
 */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set(
  (
    'chen wang li zhang liu yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fu zhong ' +
    'lee kim park choi jung jeong kang cho yoon jang lim shin han oh seo kwon hwang ahn song hong yoo ko moon yang ' +
    'nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly ' +
    'singh kumar sharma gupta patel shah khan das rao reddy jain agarwal mehta iyer nair ali ahmed hassan ' +
    'tanaka suzuki sato takahashi watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi ' +
    'smith johnson williams brown jones miller davis wilson anderson taylor thomas moore jackson martin white harris clark lewis robinson walker young allen king wright scott hill green adams baker nelson carter mitchell roberts turner phillips campbell parker evans edwards collins stewart morris cook rogers morgan cooper peterson reed bailey bell kelly howard cox ward gray wood hughes price bennett ross murphy ' +
    'muller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter klein wolf ' +
    'garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz silva santos oliveira souza costa pereira ferreira rossi russo ferrari bianchi romano ' +
    'martin bernard dubois petit durand moreau simon laurent ivanov petrov smirnov'
  ).split(' '),
);
