// What the report form says, by who fills it in: the resident or grid worker about themselves (report), or the
// dispatcher or clerk writing down a hotline caller's words (hotline).
export type ReportMode = 'report' | 'hotline';

export interface ReportTexts {
  descriptionPlaceholder: string;
  nameLabel: string;
  /** "使用我的当前位置": the reporter stands where it happened; a desk entering a call does not. */
  locate: boolean;
  submit: string;
  sending: string;
  note: string;
}

export const REPORT_TEXTS: Record<ReportMode, ReportTexts> = {
  report: {
    descriptionPlaceholder: '请说明发生了什么、从什么时候开始、影响到谁',
    nameLabel: '怎么称呼您',
    locate: true,
    submit: '提交',
    sending: '正在提交…',
    note: '无需填写身份证号。联系电话只用于承办部门与您联系，不会公开。',
  },
  hotline: {
    descriptionPlaceholder: '按热线工单记录来电人反映的问题：发生了什么、从什么时候开始、影响到谁',
    nameLabel: '来电人姓名',
    locate: false,
    submit: '登记热线转办',
    sending: '正在登记…',
    note: '无需填写身份证号。来电人电话只用于承办部门联系和回访，不会公开。',
  },
};
