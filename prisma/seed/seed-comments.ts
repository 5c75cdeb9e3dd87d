import { publicArticleWhere } from "@/lib/articles/visibility";
import type { Db } from "@/lib/db/client";
import type { SeedContext } from "./seed-demo-content";

type DemoComment = {
  name: string;
  email: string;
  content: string;
  /** When, on a scale of 0 (publication) to 500 (the seed's "now"): the order of the conversation. */
  after: number;
  likes?: number;
  dislikes?: number;
  status?: "approved" | "pending";
  byStaff?: boolean;
  replies?: DemoComment[];
};

// Readers' comments on the two newest articles: threads two levels deep, a reply from the
// editors, and one guest comment still waiting for approval.
const THREADS: DemoComment[][] = [
  [
    {
      name: "Phạm Minh Tuấn",
      email: "minhtuan.pham@example.vn",
      content: "Thông tin rất kịp thời. Xin hỏi người dân ở các xã vùng cao có được hướng dẫn trực tiếp tại nhà văn hóa thôn không?",
      after: 95,
      likes: 12,
      replies: [
        {
          name: "Ban biên tập",
          email: "bientap@sonha.gov.vn",
          content: "Cảm ơn bạn đã quan tâm. Theo kế hoạch, tổ công tác của huyện sẽ về từng thôn trong tháng tới; lịch cụ thể được niêm yết tại trụ sở UBND xã.",
          after: 180,
          likes: 7,
          byStaff: true,
          replies: [
            {
              name: "Phạm Minh Tuấn",
              email: "minhtuan.pham@example.vn",
              content: "Tôi đã xem được lịch ở xã. Cảm ơn ban biên tập!",
              after: 260,
              likes: 2,
            },
          ],
        },
      ],
    },
    {
      name: "Nguyễn Thị Lan",
      email: "lan.nguyen@example.vn",
      content: "Mong tỉnh tiếp tục đăng tải kết quả thực hiện sau mỗi quý để người dân cùng theo dõi.\nĐặc biệt là phần kinh phí đã giải ngân.",
      after: 140,
      likes: 5,
      dislikes: 1,
    },
    {
      name: "Hoàng Văn Đức",
      email: "duc.hoang@example.vn",
      content: "Đề nghị bổ sung số điện thoại đường dây nóng vào cuối bài để bà con tiện liên hệ.",
      after: 320,
      likes: 1,
      replies: [
        {
          name: "Trần Quốc Bảo",
          email: "quocbao.tran@example.vn",
          content: "Đồng ý với anh Đức, tôi cũng mất khá lâu mới tìm được số liên hệ.",
          after: 400,
        },
      ],
    },
    {
      name: "Đỗ Thu Hà",
      email: "thuha.do@example.vn",
      content: "Cho tôi hỏi hồ sơ có thể nộp trực tuyến qua cổng dịch vụ công của tỉnh được không?",
      after: 460,
      status: "pending",
    },
  ],
  [
    {
      name: "Vũ Thanh Hương",
      email: "thanhhuong.vu@example.vn",
      content: "Bài viết dễ hiểu, trình bày rõ ràng. Cảm ơn cổng thông tin.",
      after: 60,
      likes: 3,
    },
    {
      name: "Lý Văn Sơn",
      email: "van.son.ly@example.vn",
      content: "Hy vọng các công trình sẽ hoàn thành đúng tiến độ trước mùa mưa bão.",
      after: 210,
      likes: 4,
    },
  ],
];

/** Demo reactions need visitor ids of the cookie's shape; these can never collide with random ones. */
let reactionSerial = 0;
const demoVisitorId = () => `00000000-0000-4000-8000-${String(++reactionSerial).padStart(12, "0")}`;

export async function seedComments({ db, adminId, now }: SeedContext) {
  const articles = await db.article.findMany({
    where: publicArticleWhere(now),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: THREADS.length,
    select: { id: true, publishedAt: true },
  });
  for (const [index, article] of articles.entries()) {
    for (const comment of THREADS[index]) {
      await seedComment(db, { articleId: article.id, publishedAt: article.publishedAt!, adminId, now }, comment, null);
    }
  }
}

async function seedComment(
  db: Db,
  context: { articleId: number; publishedAt: Date; adminId: number; now: Date },
  comment: DemoComment,
  parentId: number | null,
) {
  const status = comment.status ?? "approved";
  // Between publication and the seed's "now", in the order of the conversation, however recent the article.
  const published = context.publishedAt.getTime();
  const createdAt = new Date(published + Math.round(((context.now.getTime() - published) * comment.after) / 500));
  const row = await db.comment.create({
    data: {
      articleId: context.articleId,
      parentId,
      authorName: comment.name,
      authorEmail: comment.email,
      content: comment.content,
      status,
      likeCount: comment.likes ?? 0,
      dislikeCount: comment.dislikes ?? 0,
      userId: comment.byStaff ? context.adminId : null,
      createdAt,
    },
  });
  const reactions = [
    ...Array.from({ length: comment.likes ?? 0 }, () => 1),
    ...Array.from({ length: comment.dislikes ?? 0 }, () => -1),
  ];
  for (const value of reactions) {
    await db.commentReaction.create({ data: { commentId: row.id, visitorId: demoVisitorId(), value } });
  }
  if (status === "approved") {
    await db.article.update({ where: { id: context.articleId }, data: { commentCount: { increment: 1 } } });
  }
  for (const reply of comment.replies ?? []) await seedComment(db, context, reply, row.id);
}
