export {
  t,
  tx,
  useT,
  useLang,
  getLang,
  setLang,
  LANGS,
  type Lang,
  type Translate,
  type Params,
} from './i18n';
export type { MessageKey } from './nb';
