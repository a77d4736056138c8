export { validateNotice } from './check.js';
export { noticeContent } from './content.js';
export { renderNotice } from './render.js';
export {
  NOTICE_ELEMENT_IDS,
  type Notice,
  type NoticeCheck,
  type NoticeElement,
  type NoticeElementId,
  NoticeElementSchema,
  type NoticeInput,
  type NoticeKind,
  NoticeKindSchema,
  type NoticeOptions,
  NoticeOptionsSchema,
  type NoticeProblem,
  NoticeSchema,
  type NoticeValue,
  NoticeValueSchema,
  type RenderOptions,
  RenderOptionsSchema,
} from './schema.js';
