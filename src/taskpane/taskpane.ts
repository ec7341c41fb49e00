/* The task pane page. It also hosts the custom functions (shared runtime), so it stays light. */
import { languageFromDisplayLanguage, type Language } from "../core/i18n/language";
import { START_PAGE } from "./startPage";

function render(language: Language): void {
  const page = START_PAGE[language];
  document.documentElement.lang = language;
  document.getElementById("title")!.textContent = page.title;
  document.getElementById("intro")!.textContent = page.intro;
  const toggle = document.getElementById("lang-toggle")!;
  toggle.textContent = page.toggle;
  toggle.onclick = () => render(language === "zh-CN" ? "en-US" : "zh-CN");
  const list = document.getElementById("functions")!;
  list.replaceChildren(
    ...page.functions.map(([formula, meaning]) => {
      const item = document.createElement("li");
      const code = document.createElement("code");
      code.textContent = formula;
      item.append(code, ` — ${meaning}`);
      return item;
    }),
  );
}

function start(): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office) {
    office.onReady(() => render(languageFromDisplayLanguage(office.context?.displayLanguage ?? navigator.language)));
  } else {
    render(languageFromDisplayLanguage(navigator.language));
  }
}

start();
