"use server";
// Hỏi đáp thủ tục hành chính: the public's two signed-out actions (ask, look up by code) and the
// handlers' actions inside the portal.
import { defineAction, definePublicAction } from "./define";
import {
  answerQuestion,
  askQuestion,
  assignQuestion,
  hideQuestion,
  lookupQuestion,
  requestReroute,
  routeQuestion,
  saveSiteSettings,
  setQuestionPublished,
} from "@/lib/data/questions";
import { nameOfficer, removeOfficer } from "@/lib/data/question-officers";
import {
  answerQuestionInput,
  askQuestionInput,
  assignQuestionInput,
  hideQuestionInput,
  lookupQuestionInput,
  nameOfficerInput,
  publishQuestionInput,
  removeOfficerInput,
  rerouteQuestionInput,
  routeQuestionInput,
  siteSettingsInput,
} from "@/lib/validation/questions";

/** Anyone may ask; the data function checks the honeypot, the fill time and the address's budget. */
export const askQuestionAction = definePublicAction({
  name: "askQuestion",
  public: true,
  schema: askQuestionInput,
  run: askQuestion,
});

/** Anyone holding a tracking code; throttled per address and per code. */
export const lookupQuestionAction = definePublicAction({
  name: "lookupQuestion",
  public: true,
  schema: lookupQuestionInput,
  run: lookupQuestion,
});

export const answerQuestionAction = defineAction({
  name: "answerQuestion",
  permission: "question.answer",
  schema: answerQuestionInput,
  run: answerQuestion,
  revalidate: ["/hoi-dap", "/hoi-dap/[id]"],
});

export const publishQuestionAction = defineAction({
  name: "publishQuestion",
  permission: "question.answer",
  schema: publishQuestionInput,
  run: setQuestionPublished,
  revalidate: ["/hoi-dap", "/hoi-dap/[id]"],
});

export const rerouteQuestionAction = defineAction({
  name: "rerouteQuestion",
  permission: "question.answer",
  schema: rerouteQuestionInput,
  run: requestReroute,
  revalidate: ["/hoi-dap", "/hoi-dap/[id]"],
});

/** Giao câu hỏi: the agency gives a waiting question to one of its answerers. */
export const assignQuestionAction = defineAction({
  name: "assignQuestion",
  permission: "question.answer",
  schema: assignQuestionInput,
  run: assignQuestion,
  revalidate: ["/hoi-dap", "/hoi-dap/[id]"],
});

export const routeQuestionAction = defineAction({
  name: "routeQuestion",
  permission: "question.manage",
  schema: routeQuestionInput,
  run: routeQuestion,
  revalidate: ["/hoi-dap", "/hoi-dap/[id]"],
});

export const hideQuestionAction = defineAction({
  name: "hideQuestion",
  permission: "question.manage",
  schema: hideQuestionInput,
  run: hideQuestion,
  revalidate: ["/hoi-dap", "/hoi-dap/[id]"],
});

export const saveSiteSettingsAction = defineAction({
  name: "saveSiteSettings",
  permission: "question.manage",
  schema: siteSettingsInput,
  run: saveSiteSettings,
  revalidate: ["/khoi/trang-cong-khai"],
});

/** A cơ sở's secretary names the accounts that answer the public's questions with them (cán bộ giải đáp). */
export const nameOfficerAction = defineAction({
  name: "nameOfficer",
  permission: "question.officers",
  schema: nameOfficerInput,
  run: nameOfficer,
  revalidate: ["/hoi-dap"],
});

export const removeOfficerAction = defineAction({
  name: "removeOfficer",
  permission: "question.officers",
  schema: removeOfficerInput,
  run: removeOfficer,
  revalidate: ["/hoi-dap"],
});
