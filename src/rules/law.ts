/**
 * What the complaint rules take from 민원 처리에 관한 법률 (the Act) and its 시행령 (the decree):
 * the articles quoted in the rules' clauses, the one constant for 즉시 ("immediately"), and the
 * choices the law leaves open (how a pause is counted, where the clock starts after a transfer).
 *
 * The wording is the Act's and the decree's in the original Korean; README.md ("The law behind the
 * complaint rules") says which text each quote was taken from.
 */

/** 민원 처리에 관한 법률 제19조 (처리기간의 계산) ①②. */
export const ARTICLE_PERIOD_COUNT =
  '민원 처리에 관한 법률 제19조(처리기간의 계산): ① 민원의 처리기간을 5일 이하로 정한 경우에는 민원의 접수시각부터 "시간" 단위로 계산하되, 공휴일과 토요일은 산입(算入)하지 아니한다. 이 경우 1일은 8시간의 근무시간을 기준으로 한다. ② 민원의 처리기간을 6일 이상으로 정한 경우에는 "일" 단위로 계산하고 첫날을 산입하되, 공휴일과 토요일은 산입하지 아니한다.';

/** 즉시 = 3 working hours (민원 처리에 관한 법률 시행령, 처리기간의 계산; agency guides cite 제19조). */
export const ARTICLE_IMMEDIATE =
  '민원 처리에 관한 법률 시행령 제19조(처리기간의 계산): 민원 처리기간의 계산에 있어서 "즉시"라 함은 정당한 사유가 있는 경우를 제외하고는 3근무시간 이내를 말한다.';

/** 민원 처리에 관한 법률 시행령 제21조 (처리기간의 연장). */
export const ARTICLE_EXTENSION =
  '민원 처리에 관한 법률 시행령 제21조(처리기간의 연장): ① 행정기관의 장은 부득이한 사유로 처리기간 내에 민원을 처리하기 어려운 경우에는 민원의 처리기간의 범위에서 한 번만 그 처리기간을 연장할 수 있다. 다만, 연장된 처리기간 내에 처리하기 어려운 경우에는 민원인의 동의를 받아 그 처리기간의 범위에서 한 번만 더 연장할 수 있다. ② 행정기관의 장은 제1항에 따라 처리기간을 연장할 때에는 처리기간의 연장 사유와 처리완료 예정일을 지체 없이 민원인에게 통지하여야 한다.';

/** 민원 처리에 관한 법률 제16조 (민원문서의 이송) and the decree's limit on it. */
export const ARTICLE_TRANSFER =
  '민원 처리에 관한 법률 제16조(민원문서의 이송): ① 행정기관의 장은 접수한 민원이 다른 행정기관의 소관인 경우에는 접수된 민원문서를 지체 없이 소관 기관에 이송하여야 한다. / 같은 법 시행령(민원문서의 이송) 요지: 8근무시간 이내 이송, 이송 사실을 민원인에게 통지.';

/** The 30-day progress notice (처리진행상황 등의 통지). */
export const ARTICLE_PROGRESS =
  '민원 처리에 관한 법률 시행령(처리진행상황 등의 통지) 요지: 민원사항을 접수한 후 30일이 경과하거나 민원인의 요청이 있는 때에는 처리진행상황과 처리예정일 등을 통지.';

/**
 * 즉시 ("immediately") in working hours: the decree reads it as within 3 working hours. Every rule
 * that checks something done "immediately" takes its default from here; the config's top-level
 * `immediateHours` overrides it for all of them at once.
 */
export const IMMEDIATE_HOURS = 3;

/** How the working time of a supplement pause is counted (the law does not say). */
export type PauseCounting = 'working-time' | 'whole-days';
export const PAUSE_COUNTINGS: readonly PauseCounting[] = ['working-time', 'whole-days'];
/** Default: the working time between the request and the receipt, as before issue 13. */
export const DEFAULT_PAUSE_COUNTING: PauseCounting = 'working-time';

/** Where the handling clock of a transferred (이송) complaint starts. */
export type TransferClock = 'transfer' | 'receipt';
export const TRANSFER_CLOCKS: readonly TransferClock[] = ['transfer', 'receipt'];
/** Default: the complaint counts from when the competent office received it by the transfer. */
export const DEFAULT_TRANSFER_CLOCK: TransferClock = 'transfer';
